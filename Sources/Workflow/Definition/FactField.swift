/// A key fact an item records about a case: the time, place, scale or area of an activity, an
/// amount of illegal gains, the cost of a construction.
public struct FactField: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let type: FactType
    /// Unit shown beside the value (人, 平方米); money is always 元.
    public let unit: String?
    public let required: Bool
    public let location: SourceLocation

    public init(code: String, name: String, type: FactType, unit: String?, required: Bool, location: SourceLocation) {
        self.code = code
        self.name = name
        self.type = type
        self.unit = unit
        self.required = required
        self.location = location
    }
}
