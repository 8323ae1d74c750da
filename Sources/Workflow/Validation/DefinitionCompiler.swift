import Localization
import Yams

/// Turns definition sources into a validated `DefinitionSet`. A file's role is read from its first
/// key (`bureau:`, `procedure:`, otherwise an item), so one file can be validated on its own
/// against the others, as the admin's editor does on save.
public enum DefinitionCompiler {
    /// `stored`: the sources are a version already in a database (see `DefinitionValidator.stored`).
    public static func compile(_ sources: [SourceFile], stored: Bool = false) -> DefinitionCompilation {
        let sink = DiagnosticSink()
        var bureaus: [BureauDefinition] = []
        var procedures: [ProcedureDefinition] = []
        var items: [ItemDefinition] = []
        var templates: [String: SourceFile] = [:]
        for source in sources {
            if let name = templateName(source.path) {
                templates[name] = source
                continue
            }
            guard let node = YAMLDocument.parse(source, into: sink) else { continue }
            switch role(of: node) {
            case .bureau:
                if let bureau = BureauParser.parse(node, file: source.path, sink: sink) { bureaus.append(bureau) }
            case .procedure:
                if let procedure = ProcedureParser.parse(node, file: source.path, sink: sink) { procedures.append(procedure) }
            case .item:
                if let item = ItemParser.parse(node, file: source.path, sink: sink) { items.append(item) }
            }
        }
        let firstFile = SourceLocation(file: sources.first?.path ?? "-", line: 1, column: 1)
        guard let bureau = bureaus.first else {
            sink.error(firstFile, DefinitionPhrases.missingBureau())
            return DefinitionCompilation(set: nil, diagnostics: sink.sorted)
        }
        for extra in bureaus.dropFirst() {
            sink.error(extra.location, DefinitionPhrases.duplicateBureau(bureau.location.file))
        }
        let validator = DefinitionValidator(bureau: bureau, sink: sink, stored: stored)
        validator.validate(bureau: bureau)
        let procedureIndex = validator.validate(procedures: procedures)
        validator.validate(items: items, procedures: procedureIndex)
        let diagnostics = sink.sorted
        guard !sink.hasErrors else { return DefinitionCompilation(set: nil, diagnostics: diagnostics) }
        let set = DefinitionSet(bureau: bureau, procedures: Array(procedureIndex.values), items: items, templates: templates)
        return DefinitionCompilation(set: set, diagnostics: diagnostics)
    }

    /// `templates/penalty-decision.mustache` → `penalty-decision`; nil for a YAML file.
    public static func templateName(_ path: String) -> String? {
        guard path.hasSuffix(templateExtension) else { return nil }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return String(file.dropLast(templateExtension.count))
    }

    public static let templateExtension = ".mustache"

    enum Role {
        case bureau
        case procedure
        case item
    }

    static func role(of node: Node) -> Role {
        guard case let .mapping(mapping) = node else { return .item }
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        if keys.contains("bureau") { return .bureau }
        if keys.contains("procedure") { return .procedure }
        return .item
    }
}
