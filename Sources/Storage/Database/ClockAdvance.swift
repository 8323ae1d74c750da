import Foundation
import GRDB
import Localization
import Workflow

/// Training (issue 14): a demo or training database's clock moves forward, so a trainee can take
/// a penalty case through the statement period and the hearing wait in one sitting. Refused on
/// a production database, whose records carry real time only; audited like every change.
public enum ClockAdvance {
    /// The meta key of a running clock's offset (a database with a fixed clock moves that instead).
    static let offsetKey = "clock_offset"

    /// The day `count` units after `today`: working days by the holiday schedules, or calendar days.
    public static func target(from today: CivilDate, count: Int, unit: DayUnit, calendar: WorkCalendar) -> CivilDate {
        calendar.due(from: today, adding: count, unit: unit).date
    }

    /// Moves the database's clock `count` units forward and returns the new time; it applies to
    /// the next opening of the database (every command, the next desk session).
    @discardableResult
    public static func advance(_ store: PowerDeskStore, count: Int, unit: DayUnit, by userID: String) throws -> Date {
        let database = store.database
        guard database.kind.allowsFixedClock else { throw StorageError(AdminPhrases.clockProduction()) }
        guard (1...366).contains(count) else { throw StorageError(AdminPhrases.clockBadCount(count)) }
        let calendar = try store.definitionRepository.calendar()
        return try database.write { db in
            // The clock as stored now, not as this process opened it: two advances add up.
            let fixed = try MetaTable.get("clock", db).flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
            let offset = try MetaTable.get(offsetKey, db).flatMap(TimeInterval.init) ?? 0
            let now = fixed ?? Date().addingTimeInterval(offset)
            let today = CivilDate.inShanghai(now)
            let days = today.days(until: target(from: today, count: count, unit: unit, calendar: calendar))
            let moved = now.addingTimeInterval(Double(days) * 86_400)
            if fixed != nil {
                try MetaTable.set("clock", String(moved.timeIntervalSince1970), db)
            } else {
                try MetaTable.set(offsetKey, String(offset + Double(days) * 86_400), db)
            }
            try AuditChain.append(kind: "clock.advanced",
                                  body: "{\"count\":\(count),\"days\":\(days),\"from\":\"\(today)\",\"to\":\"\(CivilDate.inShanghai(moved))\",\"unit\":\"\(unit.rawValue)\"}",
                                  userID: userID, caseID: nil, eventSeq: nil, at: now, db)
            return moved
        }
    }
}
