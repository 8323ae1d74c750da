/// 行政处罚法 Art. 36: no penalty for an act not discovered within two years (five where citizens'
/// life, health or financial safety was harmed), counted from the act or from its end. The years
/// are parameters of the procedure definition; this type knows their names and how to count them.
public struct LimitationPeriod: Sendable, Hashable {
    public static let yearsParameter = "limitation-years"
    public static let harmYearsParameter = "limitation-years-harm"
    public static let parameterNames = [yearsParameter, harmYearsParameter]

    public let years: Int
    public let harmYears: Int

    /// Nil when the procedure lacks a period: the validator has already reported that.
    public init?(parameters: [String: Int64]) {
        guard let years = parameters[Self.yearsParameter], let harm = parameters[Self.harmYearsParameter],
              (1...100).contains(years), (1...100).contains(harm) else { return nil }
        self.years = Int(years)
        harmYears = Int(harm)
    }

    /// The last day on which the act may still be discovered: the day of the act, so many years on
    /// (民法典 Art. 201, 203: counted from the next day, ending on the corresponding day, or the
    /// month's last day when there is none).
    public func lastDay(actOn act: CivilDate, harm: Bool) -> CivilDate {
        let year = min(act.year + (harm ? harmYears : years), CivilDate.supportedYears.upperBound)
        let day = min(act.day, CivilDate.daysInMonth(year: year, month: act.month))
        return CivilDate(year: year, month: act.month, day: day) ?? .latest
    }
}
