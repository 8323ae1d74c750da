import Foundation

/// Which dated backups to keep (R22: detailed data at least three years, older data kept
/// permanently in backup): the newest of each of the last `daily` days, of the last `monthly`
/// months and, unless `yearly` limits it, of every year. Pure: names in, names to delete out.
struct BackupRotation: Sendable, Hashable {
    let daily: Int
    let monthly: Int
    /// nil: every year's last backup is kept for ever.
    let yearly: Int?

    static let standard = BackupRotation(daily: 14, monthly: 36, yearly: nil)
    static let prefix = "powerdesk-"
    static let suffix = ".sqlite"

    /// "powerdesk-20260316-090000.sqlite" for a backup taken at `stamp` (UTC, so names sort as
    /// times do and never repeat across a clock change).
    static func name(at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return prefix + formatter.string(from: date) + suffix
    }

    /// The stamp of a rotation name ("20260316-090000"), nil for any other file, which rotation
    /// never touches.
    static func stamp(of name: String) -> String? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let stamp = String(name.dropFirst(prefix.count).dropLast(suffix.count))
        let digits = stamp.replacingOccurrences(of: "-", with: "")
        guard stamp.count == 15, digits.count == 14, digits.allSatisfy(\.isNumber), stamp.dropFirst(8).first == "-" else { return nil }
        return stamp
    }

    /// The names among `names` to delete; names that are not rotation backups are never listed.
    func expired(_ names: [String]) -> [String] {
        let stamped = names.compactMap { name in Self.stamp(of: name).map { (name: name, stamp: $0) } }.sorted { $0.stamp > $1.stamp }
        var keep = Set<String>()
        for (length, limit) in [(8, daily), (6, monthly), (4, yearly ?? Int.max)] {
            var periods = Set<String>()
            for backup in stamped {
                let period = String(backup.stamp.prefix(length))
                if periods.contains(period) { continue }
                guard periods.count < limit else { break }
                periods.insert(period)
                keep.insert(backup.name)
            }
        }
        return stamped.map(\.name).filter { !keep.contains($0) }.sorted()
    }
}
