import Localization
import Yams

/// Parses definition text into a YAML node tree, turning every way the text can be malformed into
/// a positioned diagnostic. Checks that libyaml reports poorly (tab indentation, runaway nesting,
/// an empty file) run first, in one linear pass, so the time spent is bounded by the file size.
enum YAMLDocument {
    /// Deeper than any real definition; protects the recursive node walk from a hostile file.
    static let maximumDepth = 40

    static func parse(_ source: SourceFile, into sink: DiagnosticSink) -> Node? {
        guard precheck(source, into: sink) else { return nil }
        do {
            guard let node = try Yams.compose(yaml: source.text) else {
                sink.error(SourceLocation(file: source.path, line: 1, column: 1), DefinitionPhrases.emptyFile())
                return nil
            }
            return node
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let at = SourceLocation(file: source.path, line: context.mark.line, column: context.mark.column)
            sink.error(at, DefinitionPhrases.duplicateKey(duplicates.joined(separator: "、")))
        } catch let error as YamlError {
            sink.error(location(of: error, in: source.path), DefinitionPhrases.yamlSyntax(problem(of: error)))
        } catch {
            sink.error(SourceLocation(file: source.path, line: 1, column: 1), DefinitionPhrases.yamlSyntax("\(error)"))
        }
        return nil
    }

    private static func precheck(_ source: SourceFile, into sink: DiagnosticSink) -> Bool {
        let trimmed = source.text.drop { $0.isWhitespace || $0.isNewline }
        if trimmed.isEmpty {
            sink.error(SourceLocation(file: source.path, line: 1, column: 1), DefinitionPhrases.emptyFile())
            return false
        }
        var ok = true
        var lineNumber = 0
        var flowDepth = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var column = 0
            var indent = 0
            var inIndent = true
            var quote: Character?
            for ch in line {
                column += 1
                if inIndent {
                    // A block sequence's "- " (or a complex key's "? ") opens a level as
                    // indentation does: "- - - … x" nests without a single leading space.
                    if ch == " " || ch == "-" || ch == "?" { indent += 1; continue }
                    if ch == "\t" {
                        sink.error(SourceLocation(file: source.path, line: lineNumber, column: column), DefinitionPhrases.tabIndent())
                        ok = false
                        break
                    }
                    inIndent = false
                }
                if let q = quote {
                    if ch == q { quote = nil }
                    continue
                }
                switch ch {
                case "\"", "'": quote = ch
                case "#": break
                case "[", "{": flowDepth += 1
                case "]", "}": flowDepth = max(0, flowDepth - 1)
                default: break
                }
                if ch == "#" { break }
                if flowDepth > maximumDepth {
                    sink.error(SourceLocation(file: source.path, line: lineNumber, column: column), DefinitionPhrases.tooDeep(maximumDepth))
                    return false
                }
            }
            if indent > maximumDepth * 4 {
                sink.error(SourceLocation(file: source.path, line: lineNumber, column: indent + 1), DefinitionPhrases.tooDeep(maximumDepth))
                return false
            }
        }
        return ok
    }

    private static func location(of error: YamlError, in file: String) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(_, context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        case let .reader(problem, _, _, _):
            return problem
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate keys: " + duplicates.joined(separator: ", ")
        default:
            return "\(error)"
        }
    }
}
