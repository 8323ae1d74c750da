/// A material the item requires or accepts (R9, R17): intake refuses to accept while a required
/// one is missing.
public struct MaterialRequirement: Sendable, Hashable, Codable {
    public enum Form: String, Sendable, Codable, CaseIterable {
        case original
        case copy
    }

    public let code: String
    public let name: String
    public let required: Bool
    public let form: Form
    public let count: Int
    /// The step by which the material must be present; nil means at intake.
    public let dueAt: String?
    public let location: SourceLocation

    public init(code: String, name: String, required: Bool, form: Form, count: Int, dueAt: String?, location: SourceLocation) {
        self.code = code
        self.name = name
        self.required = required
        self.form = form
        self.count = count
        self.dueAt = dueAt
        self.location = location
    }
}
