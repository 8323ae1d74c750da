/// When a running deadline turns yellow; set per procedure definition.
public struct DeadlinePolicy: Sendable, Hashable, Codable {
    /// Yellow when this many units or fewer remain (and the due date has not passed).
    public var yellowBefore: Int = 1
    /// The unit `yellowBefore` and the status's `remaining` are counted in.
    public var unit: DayUnit = .workday
    /// What a last day on a rest day does (民法典 Art. 203); nil keeps every last day as counted,
    /// which is also what a definition version stored before the rule existed says.
    public var restDay: RestDayRule?

    public init(yellowBefore: Int = 1, unit: DayUnit = .workday, restDay: RestDayRule? = nil) {
        self.yellowBefore = yellowBefore
        self.unit = unit
        self.restDay = restDay
    }

    private enum CodingKeys: String, CodingKey { case yellowBefore, unit, restDay }

    /// Missing keys take the defaults, so a definition only states what it changes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        yellowBefore = try container.decodeIfPresent(Int.self, forKey: .yellowBefore) ?? 1
        unit = try container.decodeIfPresent(DayUnit.self, forKey: .unit) ?? .workday
        restDay = try container.decodeIfPresent(RestDayRule.self, forKey: .restDay)
    }
}
