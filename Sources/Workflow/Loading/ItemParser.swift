import Localization
import Yams

/// Reads one power item file. Which public fields an item must carry depends on its kind and is
/// checked by the validator against the bureau file; here every public key is read as text.
enum ItemParser {
    static let topKeys = [
        "code", "name", "kind", "section", "basis", "public", "materials", "facts", "limits", "procedures",
        "steps", "discretion", "limitation", "unconfirmed", "criminal-transfer", "secret", "application-lead", "no-extension",
    ]

    static func parse(_ node: Node, file: String, sink: DiagnosticSink) -> ItemDefinition? {
        guard let top = MappingReader(node, file: file, sink: sink, allowed: topKeys) else { return nil }
        let code = top.string("code", required: true)
        let name = top.string("name", required: true)
        let kind = top.choice("kind", required: true, as: ItemKind.self)
        let section = top.string("section", required: true)
        let basis = top.sequence("basis", required: true).compactMap { legalBasis($0, file: file, sink: sink) }
        let publicInfo = top.entries("public").compactMap { key, value, at -> PublicField? in
            guard case let .scalar(scalar) = value else {
                sink.error(at, DefinitionPhrases.expectedScalar(key))
                return nil
            }
            return PublicField(key: key, value: scalar.string, location: at)
        }
        let materials = top.sequence("materials").compactMap { material($0, file: file, sink: sink) }
        let facts = top.sequence("facts").compactMap { fact($0, file: file, sink: sink) }
        var statutory: TimeLimit?
        var promised: TimeLimit?
        var limitLocations: [String: SourceLocation] = [:]
        if let limits = top.mapping("limits", allowed: ["statutory", "promised"]) {
            statutory = ValueParsers.timeLimit(limits, "statutory")
            promised = ValueParsers.timeLimit(limits, "promised")
            limitLocations = limits.locations(of: ["statutory", "promised"])
        }
        let procedures = top.strings("procedures", required: true)
        let overrides = top.entries("steps").compactMap { stepCode, value, at in
            override(stepCode, value, at: at, file: file, sink: sink)
        }
        let discretion = top.node("discretion").flatMap { DiscretionParser.parse($0, file: file, sink: sink) }
        var limitation: LimitationRule?
        if let reader = top.mapping("limitation", allowed: ["from", "harm"]), let from = reader.string("from", required: true) {
            limitation = LimitationRule(from: from, harm: reader.string("harm"), location: reader.location)
        }
        let unconfirmed = top.strings("unconfirmed").map(\.0)
        var secrecy: SecrecyMark?
        if let reader = top.mapping("secret", allowed: ["basis", "reason"]),
           let basis = reader.string("basis", required: true), let reason = reader.string("reason", required: true) {
            secrecy = SecrecyMark(basis: basis, reason: reason)
        }
        var lead: AdvanceApplicationRule?
        if let reader = top.mapping("application-lead", allowed: ["before", "limit", "basis"]),
           let fact = reader.string("before", required: true), let limit = ValueParsers.timeLimit(reader, "limit"),
           let leadBasis = reader.string("basis", required: true) {
            lead = AdvanceApplicationRule(fact: fact, limit: limit, basis: leadBasis)
        }
        guard let code, let name, let kind, let section else { return nil }
        var locations = top.locations(of: ["code", "kind", "section", "public", "limits", "procedures", "discretion", "limitation"])
        locations.merge(limitLocations.mapKeys { "limits.\($0)" }) { a, _ in a }
        for (word, at) in procedures { locations["procedure:\(word)"] = at }
        return ItemDefinition(
            code: code, name: name, kind: kind, section: section, basis: basis, publicInfo: publicInfo,
            materials: materials, facts: facts, statutoryLimit: statutory, promisedLimit: promised,
            procedures: procedures.map(\.0), overrides: overrides, discretion: discretion, limitation: limitation,
            unconfirmed: unconfirmed, location: top.location, fieldLocations: locations, criminalTransfer: top.string("criminal-transfer"), secrecy: secrecy,
            applicationLead: lead, noExtension: top.string("no-extension")
        )
    }

    private static func legalBasis(_ node: Node, file: String, sink: DiagnosticSink) -> LegalBasis? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: ["law", "articles"]) else { return nil }
        let law = reader.string("law", required: true)
        let articles = reader.strings("articles", required: true).map(\.0)
        guard let law else { return nil }
        return LegalBasis(law: law, articles: articles)
    }

    private static func material(_ node: Node, file: String, sink: DiagnosticSink) -> MaterialRequirement? {
        let keys = ["code", "name", "required", "form", "count", "due-at"]
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let required = reader.bool("required") ?? true
        let form = reader.choice("form", as: MaterialRequirement.Form.self) ?? .original
        let count = reader.int("count", range: 1...100) ?? 1
        let dueAt = reader.string("due-at")
        guard let code, let name else { return nil }
        return MaterialRequirement(code: code, name: name, required: required, form: form, count: count, dueAt: dueAt, location: reader.location)
    }

    private static func fact(_ node: Node, file: String, sink: DiagnosticSink) -> FactField? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: ["code", "name", "type", "unit", "required"]) else { return nil }
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let type = reader.choice("type", required: true, as: FactType.self)
        let unit = reader.string("unit")
        let required = reader.bool("required") ?? false
        if let type, unit == nil, type == .number || type == .area {
            sink.error(reader.location, DefinitionPhrases.factNeedsUnit(code ?? "?"))
        }
        guard let code, let name, let type else { return nil }
        return FactField(code: code, name: name, type: type, unit: unit, required: required, location: reader.location)
    }

    private static func override(_ step: String, _ node: Node, at: SourceLocation, file: String, sink: DiagnosticSink) -> StepOverride? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: ["name", "post", "limit", "documents"]) else { return nil }
        var documents: [String: [String]] = [:]
        for (action, value, actionAt) in reader.entries("documents") {
            switch value {
            case let .scalar(scalar): documents[action] = [scalar.string]
            case let .sequence(list): documents[action] = list.compactMap { $0.scalar?.string }
            default: sink.error(actionAt, DefinitionPhrases.expectedList(action))
            }
        }
        return StepOverride(
            step: step, name: reader.string("name"), post: reader.string("post"),
            limit: ValueParsers.timeLimit(reader, "limit"), documents: documents, location: at
        )
    }
}

extension Dictionary {
    func mapKeys<K: Hashable>(_ transform: (Key) -> K) -> [K: Value] {
        Dictionary<K, Value>(map { (transform($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}
