import Foundation
import Workflow

/// Times and dates as the exchange wants them: ISO 8601 in Beijing time, which is what every
/// 政务服务 platform reads, whatever the server's own zone.
enum FeedTime {
    private static let offset = 8 * 3600

    /// "2026-03-16T09:00:00+08:00".
    static func iso(_ date: Date) -> String {
        var seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(seconds) / 86400).rounded(.down))
        seconds -= days * 86400
        let civil = civilFromDays(days)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00", civil.year, civil.month, civil.day,
                      seconds / 3600, seconds % 3600 / 60, seconds % 60)
    }

    static func day(_ date: CivilDate?) -> String? { date?.description }

    /// Howard Hinnant's days-to-civil, so no `DateFormatter` (slow, locale-bound) is needed.
    private static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
