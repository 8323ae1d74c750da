/// A validated set can be stored compiled and read back without parsing and validating its YAML
/// again (start-up of every command). Only the parts are stored; the indexes and the item flows
/// are rebuilt by `init`, exactly as after compiling. Procedures and templates are stored sorted,
/// so the same set always has the same encoding.
extension DefinitionSet: Codable, Equatable {
    private enum CodingKeys: String, CodingKey {
        case bureau, procedures, items, templates
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            bureau: try container.decode(BureauDefinition.self, forKey: .bureau),
            procedures: try container.decode([ProcedureDefinition].self, forKey: .procedures),
            items: try container.decode([ItemDefinition].self, forKey: .items),
            templates: Dictionary(try container.decode([SourceFile].self, forKey: .templates).map { (DefinitionCompiler.templateName($0.path) ?? $0.path, $0) },
                                  uniquingKeysWith: { first, _ in first })
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bureau, forKey: .bureau)
        try container.encode(procedures.values.sorted { $0.code < $1.code }, forKey: .procedures)
        try container.encode(items, forKey: .items)
        try container.encode(templates.sorted { $0.key < $1.key }.map(\.value), forKey: .templates)
    }

    public static func == (lhs: DefinitionSet, rhs: DefinitionSet) -> Bool {
        lhs.bureau == rhs.bureau && lhs.procedures == rhs.procedures && lhs.items == rhs.items && lhs.templates == rhs.templates
    }
}
