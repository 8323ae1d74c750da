import Foundation

/// A light scan of a template's `{{...}}` tags with their positions, for the checks swift-mustache
/// does not make (it renders an unknown name as nothing).
struct TemplateTags {
    enum Kind {
        case name
        case partial
        case other
    }

    struct Tag {
        let kind: Kind
        let name: String
        let line: Int
        let column: Int
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let triple = text[index...].hasPrefix("{{{")
                let open = text.index(index, offsetBy: triple ? 3 : 2)
                guard let close = text[open...].range(of: triple ? "}}}" : "}}") else { break }
                let inside = text[open..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                tags.append(tag(inside, line: line, column: column))
                for character in text[index..<close.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return tags
    }

    static func tag(_ inside: String, line: Int, column: Int) -> Tag {
        guard let first = inside.first else { return Tag(kind: .other, name: "", line: line, column: column) }
        let rest = inside.dropFirst().trimmingCharacters(in: .whitespaces)
        switch first {
        case "!", "%", "=": return Tag(kind: .other, name: "", line: line, column: column)
        case ">": return Tag(kind: .partial, name: rest, line: line, column: column)
        case "#", "^", "/", "&": return Tag(kind: .name, name: rest, line: line, column: column)
        default: return Tag(kind: .name, name: inside, line: line, column: column)
        }
    }

    /// A line holding nothing but section, comment or partial tags (and spaces).
    static func isStandalone(_ line: Substring) -> Bool {
        var rest = line.trimmingCharacters(in: .whitespaces)[...]
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard rest.hasPrefix("{{"), let close = rest.range(of: "}}") else { return false }
            let inside = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
            guard let first = inside.first, "#^/!>%".contains(first) else { return false }
            rest = rest[close.upperBound...].drop { $0 == " " }
        }
        return true
    }
}
