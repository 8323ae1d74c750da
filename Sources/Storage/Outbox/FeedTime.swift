import Foundation
import Workflow

/// Times and dates as the exchange wants them: ISO 8601 in Beijing time, which is what every
/// 政务服务 platform reads, whatever the server's own zone.
enum FeedTime {
    /// "2026-03-16T09:00:00+08:00".
    static func iso(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return "\(CivilDate.inShanghai(date))T\(twoDigits(ofDay / 3600)):\(twoDigits(ofDay % 3600 / 60)):\(twoDigits(ofDay % 60))+08:00"
    }

    /// `String(format:)` goes through Foundation's formatter, a few microseconds a call on the
    /// commit path.
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
