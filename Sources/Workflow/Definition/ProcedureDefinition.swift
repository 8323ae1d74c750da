/// A shared procedure, written once (the licence procedure, the penalty ordinary and simplified
/// procedures) and adapted by the items that use it.
public struct ProcedureDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let kinds: [ItemKind]
    public let start: String
    /// Posts that may open a case on this procedure (the clerk at the window, the handler who
    /// registers a penalty case).
    public let openedBy: [String]
    public let steps: [StepDefinition]
    /// Named numbers the procedure's guards read (e.g. the simplified procedure's fine ceilings),
    /// kept here so that the rule and its number live in one place.
    public let parameters: [String: Int64]
    public let location: SourceLocation
    public let fieldLocations: [String: SourceLocation]

    public init(
        code: String, name: String, kinds: [ItemKind], start: String, openedBy: [String], steps: [StepDefinition],
        parameters: [String: Int64], location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.code = code
        self.name = name
        self.kinds = kinds
        self.start = start
        self.openedBy = openedBy
        self.steps = steps
        self.parameters = parameters
        self.location = location
        self.fieldLocations = fieldLocations
    }

    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    public func step(_ code: String) -> StepDefinition? {
        steps.first { $0.code == code }
    }
}
