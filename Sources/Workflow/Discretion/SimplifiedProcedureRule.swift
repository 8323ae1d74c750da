/// 行政处罚法 Art. 51: the simplified (on-the-spot) procedure is open only for a warning or a small
/// fine. The ceilings are parameters of the procedure definition, so the number lives with the
/// procedure that uses it; this type only knows their names and how to apply them.
public struct SimplifiedProcedureRule: Sendable, Hashable {
    public static let personParameter = "max-fine-person-yuan"
    public static let organizationParameter = "max-fine-organization-yuan"
    public static let parameterNames = [personParameter, organizationParameter]

    public let maxFinePerson: Money
    public let maxFineOrganization: Money

    /// Nil when the procedure lacks a ceiling: the validator has already reported that.
    public init?(parameters: [String: Int64]) {
        guard let person = parameters[Self.personParameter], let organization = parameters[Self.organizationParameter] else {
            return nil
        }
        maxFinePerson = .yuan(person)
        maxFineOrganization = .yuan(organization)
    }
}
