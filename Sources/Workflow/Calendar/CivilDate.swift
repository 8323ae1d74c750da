import Foundation

/// A date on the wall calendar of Asia/Shanghai, with no time and no zone.
///
/// Statutory deadlines are counted in whole civil days, so the type never carries an instant.
/// Arithmetic goes through a day number (days since 1970-01-01, Howard Hinnant's days-from-civil
/// algorithm) because deadline clocks are evaluated thousands of times per queue refresh and
/// Foundation's `Calendar` is far too slow for that. Years are limited to 1...9999 so every date
/// has a four-digit ISO form and no arithmetic can overflow; operations clamp at those ends.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The supported years: every date prints as `YYYY-MM-DD`.
    public static let supportedYears: ClosedRange<Int> = 1...9999
    /// The earliest and latest dates the type represents; arithmetic clamps to them.
    public static let earliest = CivilDate(uncheckedYear: 1, month: 1, day: 1)
    public static let latest = CivilDate(uncheckedYear: 9999, month: 12, day: 31)

    static let minDayNumber = earliest.dayNumber
    static let maxDayNumber = latest.dayNumber

    /// Returns nil for dates that do not exist (2026-02-30, month 13) or lie outside 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded); anything else is nil.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of a day number, clamped to the supported range so no input can trap.
    init(dayNumber: Int) {
        let z = min(max(dayNumber, CivilDate.minDayNumber), CivilDate.maxDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(uncheckedYear: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before it).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var description: String {
        CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) + "-" + CivilDate.pad(day, 2)
    }

    /// The date `days` later (earlier when negative), clamped to `earliest...latest`.
    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return CivilDate(dayNumber: sum)
    }

    /// `other - self` in days.
    public func days(until other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        CivilDate.weekday(ofDayNumber: dayNumber)
    }

    /// The civil date in Asia/Shanghai at an instant, whatever the process's time zone.
    ///
    /// Uses the IANA zone through a gregorian `Calendar` as the brief requires; should the zone
    /// database be missing, falls back to the fixed UTC+8 offset China has kept since 1991.
    /// Instants outside years 1...9999 (or not finite) clamp to the ends of the range.
    public static func inShanghai(_ instant: Date) -> CivilDate {
        let fixedOffset = inFixedChinaOffset(instant)
        guard fixedOffset.year > 1, fixedOffset.year < 9999, let calendar = shanghaiCalendar else {
            return fixedOffset
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let date = CivilDate(year: year, month: month, day: day)
        else { return fixedOffset }
        return date
    }

    /// The date at UTC+8 by plain arithmetic: the fallback, and a check on the zone database.
    static func inFixedChinaOffset(_ instant: Date) -> CivilDate {
        let seconds = instant.timeIntervalSince1970
        let limit = 86_400.0 * 3_000_000  // beyond any supported year, well inside Int
        guard seconds.isFinite else { return seconds > 0 ? .latest : .earliest }
        guard abs(seconds) < limit else { return seconds > 0 ? .latest : .earliest }
        return CivilDate(dayNumber: Int(((seconds + 8 * 3600) / 86_400).rounded(.down)))
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date as YYYY-MM-DD, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Helpers shared with the calendar

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 1970-01-01 (day 0) was a Thursday.
    static func weekday(ofDayNumber number: Int) -> Int {
        let r = (number + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    private static let shanghaiCalendar: Calendar? = {
        guard let zone = TimeZone(identifier: "Asia/Shanghai") else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
