import Localization

/// A time limit with its unit. The unit is data, because whether "日" means working or calendar
/// days differs from law to law (行政许可法 Art. 82, 行政处罚法 Art. 85).
public struct TimeLimit: Sendable, Hashable, Codable, CustomStringConvertible, LocalizedArgument {
    public let days: Int
    public let unit: DayUnit

    public init(days: Int, unit: DayUnit) {
        self.days = days
        self.unit = unit
    }

    public var description: String { message.text(.zh) }

    /// "20个工作日" / "20 working days".
    public var message: Message {
        unit == .workday ? CommonPhrases.workdays(days) : CommonPhrases.days(days)
    }
}
