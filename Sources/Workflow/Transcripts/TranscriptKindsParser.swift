import Foundation
import Localization
import Yams

/// Reads `transcripts.yaml` (the kinds of 笔录 and their heads) and reports every problem at its
/// line and column, as the flow definitions do.
public enum TranscriptKindsParser {
    static let kindKeys = ["code", "name", "basis", "officers", "posts", "heads", "page-signature", "closing", "signatures"]
    static let headKeys = ["code", "name", "type", "required"]

    /// The kinds, or nil and the problems (sorted by position).
    public static func parse(_ source: SourceFile) -> (kinds: [TranscriptKind]?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let kinds = read(source, sink)
        return (sink.hasErrors ? nil : kinds, sink.sorted)
    }

    static func read(_ source: SourceFile, _ sink: DiagnosticSink) -> [TranscriptKind] {
        guard let node = YAMLDocument.parse(source, into: sink),
              let top = MappingReader(node, file: source.path, sink: sink, allowed: ["transcripts"])
        else { return [] }
        var kinds: [TranscriptKind] = []
        // Codes and names of every kind written, valid or not, so a repeat is found either way.
        var seen = Set<String>()
        for kindNode in top.sequence("transcripts", required: true) {
            guard let reader = MappingReader(kindNode, file: source.path, sink: sink, allowed: kindKeys) else { continue }
            let names = [reader.string("code"), reader.string("name")].compactMap { $0 }
            if let repeated = names.first(where: seen.contains) {
                sink.error(reader.locationOf("code"), TranscriptPhrases.kindDuplicate(repeated))
                continue
            }
            seen.formUnion(names)
            if let kind = kind(reader, source.path, sink) { kinds.append(kind) }
        }
        return kinds
    }

    static func kind(_ reader: MappingReader, _ file: String, _ sink: DiagnosticSink) -> TranscriptKind? {
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let basis = reader.string("basis", required: true)
        let officers = reader.int("officers", required: true, range: 1...9)
        let posts = reader.strings("posts").map(\.0)
        let pageSignature = reader.string("page-signature", required: true)
        let closing = reader.string("closing", required: true)
        let signatures = reader.strings("signatures", required: true).map(\.0)
        var heads: [TranscriptHead] = []
        for headNode in reader.sequence("heads", required: true) {
            guard let head = MappingReader(headNode, file: file, sink: sink, allowed: headKeys) else { continue }
            let headCode = head.string("code", required: true)
            let headName = head.string("name", required: true)
            let type = head.choice("type", as: TranscriptHeadType.self) ?? .text
            let required = head.bool("required") ?? false
            guard let headCode, let headName else { continue }
            if heads.contains(where: { $0.code == headCode }) {
                sink.error(head.locationOf("code"), TranscriptPhrases.kindDuplicate(headCode))
                continue
            }
            heads.append(TranscriptHead(code: headCode, name: headName, type: type, required: required))
        }
        guard let code, let name, let basis, let officers, let pageSignature, let closing else { return nil }
        return TranscriptKind(code: code, name: name, basis: basis, heads: heads, officers: officers, posts: posts,
                              pageSignature: pageSignature, closing: closing, signatures: signatures)
    }
}
