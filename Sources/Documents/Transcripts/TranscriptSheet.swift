import Foundation
import Localization
import Typesetting
import Workflow

/// A transcript as it prints: its kind's wording (kept with it, so a reprint reads as signed),
/// its heads, officers, recorder and body. The layout is the practice's: the title, the heads,
/// the body, then the closing line and the signature lines on the last page, and the kind's
/// signature line at the foot of every page, since each page is signed.
public struct TranscriptSheet: Sendable, Hashable, Codable {
    public let kind: TranscriptKind
    public let number: Int64
    /// The case's first, second… transcript.
    public let sequence: Int
    public let caseID: String
    public let subject: String
    public let heads: [String: String]
    public let officers: [TranscriptOfficer]
    public let recorderName: String
    public let body: String

    public init(kind: TranscriptKind, number: Int64, sequence: Int, caseID: String, subject: String, heads: [String: String],
                officers: [TranscriptOfficer], recorderName: String, body: String) {
        self.kind = kind
        self.number = number
        self.sequence = sequence
        self.caseID = caseID
        self.subject = subject
        self.heads = heads
        self.officers = officers
        self.recorderName = recorderName
        self.body = body
    }

    /// The blocks of the printout. Typed text becomes text only: control characters are
    /// dropped and each line of the body is a line of its own, never a layout instruction.
    public func blocks(agency: String) -> [TypesetBlock] {
        var blocks: [TypesetBlock] = [.title(Self.clean(agency)), .title(kind.name), .centered(TranscriptPhrases.printNumber(number, sequence).text(.zh)), .blank]
        blocks.append(.plain(TranscriptPhrases.printCase(Self.clean(caseID), Self.clean(subject)).text(.zh)))
        for head in kind.heads {
            let value = Self.clean(heads[head.code] ?? "")
            if value.isEmpty, !head.required { continue }
            blocks.append(.plain("\(head.name)：\(value)"))
        }
        let named = officers.map { TranscriptPhrases.printOfficer(Self.clean($0.name), Self.clean($0.certificate)).text(.zh) }
        blocks.append(.plain(TranscriptPhrases.printOfficers(named.joined(separator: "、")).text(.zh)))
        blocks.append(.plain(TranscriptPhrases.printRecorder(Self.clean(recorderName)).text(.zh)))
        if let person = kind.heads.first(where: { $0.code == "person" }) {
            blocks.append(.paragraph(TranscriptPhrases.printShown(person.name).text(.zh)))
        }
        blocks.append(.heading(TranscriptPhrases.printBody.template(.zh)))
        for line in Self.clean(body, keepingLines: true).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            blocks.append(text.isEmpty ? .blank : .plain(text))
        }
        blocks.append(.blank)
        blocks.append(.paragraph(kind.closing))
        blocks += kind.signatures.map { .right($0 + "　　　　　　") }
        return blocks
    }

    /// The printout as lines of text, wrapped to `width` display columns, for a terminal: the
    /// same blocks the PDF prints, and the page signature line last.
    public func plainLines(width: Int) -> [String] {
        var lines: [String] = []
        for block in blocks(agency: "") {
            switch block {
            case let .title(text), let .centered(text), let .heading(text), let .plain(text), let .small(text):
                lines += DisplayWidth.wrap(text, to: width)
            case let .paragraph(text): lines += DisplayWidth.wrap("　　" + text, to: width)
            case let .right(text): lines.append(String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text)
            default: lines.append("")
            }
        }
        return lines + ["", kind.pageSignature]
    }

    /// The printout as one document, the signature line on every page.
    public func document(agency: String, printedAt: Date?) -> TypesetDocument {
        TypesetDocument(title: "\(kind.name) \(caseID)-\(sequence)", blocks: blocks(agency: agency), pageNumbers: true,
                        creationDate: printedAt, pageFooter: kind.pageSignature)
    }

    /// Typed text without control characters (a pasted escape sequence prints as nothing);
    /// line breaks kept only for the body.
    public static func clean(_ text: String, keepingLines: Bool = false) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let flat = keepingLines ? normalized : normalized.replacingOccurrences(of: "\n", with: " ")
        let kept = flat.unicodeScalars.filter { scalar in
            if scalar == "\n" || scalar == "\t" { return true }
            let category = scalar.properties.generalCategory
            return category != .control && (category != .format || scalar.value == 0x200D)
        }
        let result = String(String.UnicodeScalarView(kept)).replacingOccurrences(of: "\t", with: keepingLines ? "\t" : " ")
        return result
    }
}
