import Foundation
import Localization
import Yams

/// Reads one YAML mapping against a declared set of keys, reporting (never throwing) every key it
/// does not know, every required key that is missing and every value of the wrong shape, each at
/// its own line and column. The parsers are written as plain sequences of reads on top of it.
final class MappingReader {
    let file: String
    let sink: DiagnosticSink
    let location: SourceLocation
    private let allowed: [String]
    private var values: [String: Node] = [:]

    /// Nil (with a diagnostic) when the node is not a mapping.
    init?(_ node: Node, file: String, sink: DiagnosticSink, allowed: [String]) {
        self.file = file
        self.sink = sink
        self.allowed = allowed
        self.location = MappingReader.location(of: node, file: file)
        guard case let .mapping(mapping) = node else {
            sink.error(location, DefinitionPhrases.expectedMapping())
            return nil
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if allowed.contains(key) {
                values[key] = value
            } else {
                let at = MappingReader.location(of: keyNode, file: file)
                if let guess = MappingReader.closest(to: key, in: allowed) {
                    sink.error(at, DefinitionPhrases.unknownKeySuggest(key, guess))
                } else {
                    sink.error(at, DefinitionPhrases.unknownKey(key, allowed.joined(separator: ", ")))
                }
            }
        }
    }

    static func location(of node: Node, file: String) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The positions of those keys that were written.
    func locations(of keys: [String]) -> [String: SourceLocation] {
        var out: [String: SourceLocation] = [:]
        for key in keys where values[key] != nil { out[key] = locationOf(key) }
        return out
    }

    func node(_ key: String, required: Bool = false) -> Node? {
        if let value = values[key] { return value }
        if required { sink.error(location, DefinitionPhrases.missingKey(key)) }
        return nil
    }

    func locationOf(_ key: String) -> SourceLocation {
        values[key].map { MappingReader.location(of: $0, file: file) } ?? location
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard case let .scalar(scalar) = value else {
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.expectedScalar(key))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, required {
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.emptyValue(key))
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            sink.error(locationOf(key), DefinitionPhrases.expectedInteger(key, text, range.lowerBound, range.upperBound))
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "是": return true
        case "false", "no", "否": return false
        default:
            sink.error(locationOf(key), DefinitionPhrases.expectedBool(key, text))
            return nil
        }
    }

    /// A closed set of words, reported with the accepted words when the value is not one of them.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, as: E.Type = E.self) -> E? where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let words = E.allCases.map(\.rawValue)
        sink.error(locationOf(key), DefinitionPhrases.badChoice(key, text, words.joined(separator: ", ")))
        return nil
    }

    /// A list of words; a single word is accepted as a list of one.
    func strings(_ key: String, required: Bool = false) -> [(String, SourceLocation)] {
        guard let value = node(key, required: required) else { return [] }
        switch value {
        case let .scalar(scalar):
            return [(scalar.string, MappingReader.location(of: value, file: file))]
        case let .sequence(sequence):
            var out: [(String, SourceLocation)] = []
            for item in sequence {
                if case let .scalar(scalar) = item {
                    out.append((scalar.string, MappingReader.location(of: item, file: file)))
                } else {
                    sink.error(MappingReader.location(of: item, file: file), DefinitionPhrases.expectedScalar(key))
                }
            }
            return out
        default:
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.expectedList(key))
            return []
        }
    }

    func sequence(_ key: String, required: Bool = false) -> [Node] {
        guard let value = node(key, required: required) else { return [] }
        guard case let .sequence(sequence) = value else {
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.expectedList(key))
            return []
        }
        if required, sequence.isEmpty {
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.emptyValue(key))
        }
        return Array(sequence)
    }

    func mapping(_ key: String, required: Bool = false, allowed: [String]) -> MappingReader? {
        guard let value = node(key, required: required) else { return nil }
        return MappingReader(value, file: file, sink: sink, allowed: allowed)
    }

    /// The entries of a mapping whose keys are free (codes), in file order.
    func entries(_ key: String) -> [(String, Node, SourceLocation)] {
        guard let value = node(key) else { return [] }
        guard case let .mapping(mapping) = value else {
            sink.error(MappingReader.location(of: value, file: file), DefinitionPhrases.expectedMapping())
            return []
        }
        return mapping.map { ($0.key.scalar?.string ?? "", $0.value, MappingReader.location(of: $0.key, file: file)) }
    }

    /// The allowed key nearest to a typo, if it is near enough to be a likely intent.
    static func closest(to key: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(key, $0)) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
