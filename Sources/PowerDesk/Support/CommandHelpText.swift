import Foundation
import Localization

/// ArgumentParser's help and usage errors in the command line's language. The framework prints
/// its own words in English and wraps by characters; in Chinese its words are replaced from the
/// catalogue (`HelpPhrases.framework`) and the lines wrapped by display columns, a Chinese
/// character being two.
enum CommandHelpText {
    /// `text` as ArgumentParser rendered it without wrapping, for a terminal `width` columns wide.
    static func localized(_ text: String, language: Language, width: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let translated = language == .en ? lines : lines.map(translate)
        return translated.flatMap { wrap($0, width: width) }.joined(separator: "\n")
    }

    /// Each framework phrase found in the line, replaced by its Chinese. Where the match is
    /// followed by spaces (a column), the replacement keeps the column aligned.
    static func translate(_ line: String) -> String {
        HelpPhrases.framework.reduce(line) { text, phrase in replace(phrase, in: text) }
    }

    private static func replace(_ phrase: Phrase, in text: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: regexPattern(phrase.en)) else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: whole), let range = Range(match.range, in: text) else { return text }
        var arguments: [String] = []
        for group in 1..<max(1, match.numberOfRanges) {
            guard let groupRange = Range(match.range(at: group), in: text) else { continue }
            arguments.append(String(text[groupRange]))
        }
        var replacement = fill(phrase.zh, arguments)
        if range.upperBound < text.endIndex, text[range.upperBound] == " " {
            replacement = DisplayWidth.pad(replacement, to: DisplayWidth.of(String(text[range])))
        }
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// The English template as a pattern: literal text escaped, `{n}` a lazy group (greedy at the
    /// end, where nothing would stop a lazy one).
    static func regexPattern(_ template: String) -> String {
        var pattern = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{"), let close = rest[open.upperBound...].range(of: "}"),
              Int(rest[open.upperBound..<close.lowerBound]) != nil {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open.lowerBound]))
            rest = rest[close.upperBound...]
            pattern += rest.isEmpty ? "(.+)" : "(.+?)"
        }
        return pattern + NSRegularExpression.escapedPattern(for: String(rest))
    }

    private static func fill(_ template: String, _ arguments: [String]) -> String {
        arguments.enumerated().reduce(template) { text, argument in
            text.replacingOccurrences(of: "{\(argument.offset)}", with: argument.element)
        }
    }

    /// A line longer than `width` columns broken by display width; continuation lines start at
    /// the column the text started at (the description column of an option, the indentation of
    /// a list).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let (head, body) = split(line)
        let indent = DisplayWidth.of(head)
        guard width - indent >= 12 else { return [line] }
        let pieces = DisplayWidth.wrap(body, to: width - indent, together: { $0.isASCII && $0 != " " }).map { piece in
            String(piece.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }.filter { !$0.isEmpty }
        return pieces.enumerated().map { index, piece in
            (index == 0 ? head : String(repeating: " ", count: indent)) + piece
        }
    }

    /// The part of a line before its text column, and the text.
    private static func split(_ line: String) -> (head: String, body: String) {
        let patterns = [#"^( +\S(?:.*?\S)?\s{2,})(\S.*)$"#, #"^( +)(\S.*)$"#, #"^(\S+?：)(.*)$"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                  let head = Range(match.range(at: 1), in: line), let body = Range(match.range(at: 2), in: line)
            else { continue }
            return (String(line[head]), String(line[body]))
        }
        return ("", line)
    }

    /// The terminal's width when standard output is one, else `$COLUMNS`, else 80.
    static func terminalWidth(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
