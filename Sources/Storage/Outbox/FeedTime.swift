import Foundation
import Workflow

/// Times and dates as the exchange wants them: ISO 8601 in Beijing time, which is what every
/// 政务服务 platform reads, whatever the server's own zone.
enum FeedTime {
    /// "2026-03-16T09:00:00+08:00".
    static func iso(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return "\(CivilDate.inShanghai(date))T" + String(format: "%02d:%02d:%02d+08:00", ofDay / 3600, ofDay % 3600 / 60, ofDay % 60)
    }
}
