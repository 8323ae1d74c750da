/// Every definition of the bureau, validated and resolved: the catalogue the engine, the desk and
/// the command line read. Only a set without errors is ever built.
public struct DefinitionSet: Sendable {
    public let bureau: BureauDefinition
    public let procedures: [String: ProcedureDefinition]
    /// Items in catalogue order (by code).
    public let items: [ItemDefinition]
    private let itemIndex: [String: Int]
    private let flows: [String: [ItemFlow]]
    /// Document templates by name (the file name without `.mustache`), versioned with the flows so
    /// a running case keeps the wording it started with; the Documents module checks and renders them.
    public let templates: [String: SourceFile]

    public init(bureau: BureauDefinition, procedures: [ProcedureDefinition], items: [ItemDefinition], templates: [String: SourceFile] = [:]) {
        self.bureau = bureau
        self.templates = templates
        let procedureIndex = Dictionary(procedures.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.procedures = procedureIndex
        self.items = items.sorted { $0.code < $1.code }
        self.itemIndex = Dictionary(self.items.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var flows: [String: [ItemFlow]] = [:]
        for item in self.items {
            flows[item.code] = item.procedures.compactMap { code in
                procedureIndex[code].map { ItemFlow(item: item, procedure: $0) }
            }
        }
        self.flows = flows
    }

    public func item(_ code: String) -> ItemDefinition? { itemIndex[code].map { items[$0] } }

    /// The item's flow on a procedure; the item's default procedure when none is named.
    public func flow(item code: String, procedure: String? = nil) -> ItemFlow? {
        guard let candidates = flows[code] else { return nil }
        guard let procedure else { return candidates.first }
        return candidates.first { $0.procedure.code == procedure }
    }
}
