/// A shared procedure, written once (the licence procedure, the penalty ordinary and simplified
/// procedures) and adapted by the items that use it.
public struct ProcedureDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let kinds: [ItemKind]
    public let start: String
    public let steps: [StepDefinition]
    /// Named numbers the procedure's guards read (e.g. the simplified procedure's fine ceilings),
    /// kept here so that the rule and its number live in one place.
    public let parameters: [String: Int64]
    public let location: SourceLocation

    public init(
        code: String, name: String, kinds: [ItemKind], start: String, steps: [StepDefinition],
        parameters: [String: Int64], location: SourceLocation
    ) {
        self.code = code
        self.name = name
        self.kinds = kinds
        self.start = start
        self.steps = steps
        self.parameters = parameters
        self.location = location
    }

    public func step(_ code: String) -> StepDefinition? {
        steps.first { $0.code == code }
    }
}
