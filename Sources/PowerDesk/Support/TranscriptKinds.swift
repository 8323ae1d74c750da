import Foundation
import Localization
import Workflow

/// The kinds of transcripts in force: `transcripts/transcripts.yaml` found as the definitions are
/// (beside the binary, `PREFIX/share/powerdesk/transcripts`, the checkout's `Resources/`), read and
/// checked; a broken file is reported line by line and nothing is written with it.
enum TranscriptKinds {
    static let fileName = "transcripts.yaml"

    static func load(language: Language) throws -> [TranscriptKind] {
        let directory = try ResourceLocator.require("transcripts", option: nil, language: language)
        return try load(path: (directory as NSString).appendingPathComponent(fileName), language: language)
    }

    static func load(path: String, language: Language) throws -> [TranscriptKind] {
        // The problems go into the message, not onto standard error: the desk calls this too.
        let loaded = DefinitionLoader.sources(at: [path])
        guard let source = loaded.sources.first else { throw TranscriptPhrases.kindsInvalid(problems(path, loaded.diagnostics, language)) }
        let parsed = TranscriptKindsParser.parse(source)
        guard let kinds = parsed.kinds, !kinds.isEmpty else { throw TranscriptPhrases.kindsInvalid(problems(path, parsed.diagnostics, language)) }
        return kinds
    }

    static func problems(_ path: String, _ diagnostics: [Diagnostic], _ language: Language) -> String {
        ([path] + diagnostics.map { $0.rendered(language) }).joined(separator: "\n")
    }
}
