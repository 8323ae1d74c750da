import Foundation
import Localization
import Mustache
import Workflow

/// Renders a document's text from its template and the case: the text that is stored, hashed into
/// the audit trail, and typeset as PDF or plain text. Built once per definition set; the templates
/// are parsed when it is built.
public struct DocumentRenderer: Sendable {
    let library: MustacheLibrary
    let templates: Set<String>

    /// Fails with the first template that does not parse; the check reports all of them when the
    /// definitions are saved, so in practice this meets only templates already checked.
    public init(set: DefinitionSet) throws(DocumentError) {
        var library = MustacheLibrary()
        for (name, source) in set.templates {
            do {
                // Plain text: no HTML escaping. Values are already cleaned (DocumentText.clean).
                try library.register("{{% CONTENT_TYPE: TEXT}}\n" + source.text, named: name)
            } catch {
                throw DocumentError(DocumentPhrases.renderFailed(name, "\(error)"))
            }
        }
        self.library = library
        self.templates = Set(set.templates.keys)
    }

    public func hasTemplate(_ type: String) -> Bool { templates.contains(type) }

    /// The document's text in the line markup (`MarkupLine`).
    public func render(_ input: DocumentInput) throws(DocumentError) -> String {
        let context = DocumentContextRoot(input)
        guard let text = library.render(context, withTemplate: input.type.code) else {
            throw DocumentError(DocumentPhrases.templateMissing(input.type.name, input.type.code))
        }
        var body = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        if let replaced = input.replaces {
            let reason = DocumentText.clean(input.correctionReason ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "。."))
            let line = DocumentPhrases.correctionLine(replaced.number ?? replaced.name, reason)
            body = Self.insertingAfterHeading(": " + line.text(.zh), into: body)
        }
        return Self.normalised(body)
    }

    /// A correction says what it replaces at its head, under the title and number, where a reader
    /// sees it before the text (not after the seal).
    static func insertingAfterHeading(_ line: String, into body: String) -> String {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = lines.lastIndex { $0.hasPrefix("^ ") } ?? lines.lastIndex { $0.hasPrefix("= ") }
        let at = heading.map { $0 + 1 } ?? 0
        lines.insert(contentsOf: ["", line], at: min(at, lines.count))
        return lines.joined(separator: "\n")
    }

    /// Drops runs of blank lines beyond two and trailing blanks, so a section left empty by the
    /// case does not leave a hole.
    static func normalised(_ text: String) -> String {
        // One pass over the bytes: the text of every issued document goes through here.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 1)
        var blanks = 0
        var started = false
        var line: [UInt8] = []
        func flush(_ line: [UInt8]) {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                blanks += 1
                return
            }
            if started {
                output.append(UInt8(ascii: "\n"))
                if blanks > 0 { output.append(UInt8(ascii: "\n")) }
            }
            output.append(contentsOf: line)
            started = true
            blanks = 0
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                flush(line)
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(byte)
            }
        }
        flush(line)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }
}
