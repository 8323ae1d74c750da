/// One year's holiday arrangement as published by the State Council each November.
///
/// It is data an admin adds, not code, because the arrangement changes every year and is only
/// known about six weeks ahead.
public struct HolidaySchedule: Sendable, Hashable {
    public let year: Int
    /// The notice the data was copied from, so a reviewer can check it.
    public let source: String
    public let holidays: [NamedHoliday]
    /// Every day off of the year, weekends inside holiday blocks included.
    public let offDays: Set<CivilDate>
    /// Weekend days that are working days (调休上班).
    public let extraWorkdays: Set<CivilDate>

    public init(year: Int, source: String, holidays: [NamedHoliday]) {
        self.year = year
        self.source = source
        self.holidays = holidays
        self.offDays = Set(holidays.flatMap(\.off))
        self.extraWorkdays = Set(holidays.flatMap(\.workdays))
    }
}
