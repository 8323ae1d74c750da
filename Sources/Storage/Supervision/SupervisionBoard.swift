import Foundation
import GRDB
import Localization
import Workflow

/// The supervision board's numbers (R11, R24), read from the summary tables the case operations
/// keep (`SupervisionLedger`), never from the case states. Only the supervision post and the
/// leadership may read it; the refusal is here, not only in the desk.
public final class SupervisionBoard: Sendable {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    /// The posts that may see the board: the supervision post (监察) and the leadership, who see
    /// it read-only like everything the monitor sees.
    public static let viewers: Set<String> = ["monitor", "leader"]

    init(database: PowerDeskDatabase, definitions: DefinitionRepository) {
        self.database = database
        self.definitions = definitions
    }

    public static func mayView(_ actor: Actor) -> Bool { !actor.posts.isDisjoint(with: viewers) }

    static func check(_ actor: Actor) throws {
        guard mayView(actor) else { throw StorageError(SupervisionPhrases.boardRefused()) }
    }

    // MARK: The board

    public func report(_ period: BoardPeriod, by dimension: BoardDimension, today: CivilDate, for actor: Actor) throws -> BoardReport {
        try Self.check(actor)
        let calendar = try definitions.calendar()
        let active = try definitions.activeSet().set
        return try database.read { db in
            var rows: [String: BoardRow] = [:]
            var histograms: [String: UsedHistogram] = [:]
            func add(_ key: String, _ measure: BoardMeasure, _ value: Double) {
                rows[key, default: BoardRow(key: key, name: key)].values[measure, default: 0] += value
            }
            let k = dimension.column
            let span: StatementArguments = [period.from.description, period.through.description]
            for row in try Row.fetchAll(db, sql: """
                SELECT \(k) AS k, kind, SUM(n) AS n FROM supervision_tally WHERE day BETWEEN ? AND ? GROUP BY k, kind
                """, arguments: span) {
                guard let kind = TallyKind(rawValue: row["kind"]), let measure = BoardMeasure.allCases.first(where: { $0.tally == kind }) else { continue }
                add(row["k"], measure, row["n"])
            }
            let todayText = today.description
            // From the open cases counted per key (`supervision_open`), not the cases themselves;
            // '' stands for no day there.
            for row in try Row.fetchAll(db, sql: """
                SELECT \(k) AS k, NULLIF(red_after, '') AS red_after, NULLIF(limit_unit, '') AS limit_unit, SUM(n) AS n,
                    TOTAL(CASE WHEN opened_on <= ? THEN n END) AS open,
                    TOTAL(CASE WHEN status = 'open' AND red_after <> '' AND red_after < ? THEN n END) AS red,
                    TOTAL(CASE WHEN status = 'open' AND warn_on <> '' AND warn_on <= ? AND NOT (red_after <> '' AND red_after < ?) THEN n END) AS yellow
                FROM supervision_open GROUP BY k, red_after, limit_unit
                """, arguments: [period.through.description, todayText, todayText, todayText]) {
                let key: String = row["k"]
                add(key, .inProgress, row["open"] ?? 0)
                add(key, .yellow, row["yellow"] ?? 0)
                let red = Int((row["red"] as Double?) ?? 0)
                add(key, .red, Double(red))
                if red > 0, let text: String = row["red_after"], let due = CivilDate(iso: text) {
                    let unit = DayUnit(rawValue: row["limit_unit"] ?? "") ?? .workday
                    add(key, .overdue, Double(red))
                    add(key, .overdueDays, Double(red * max(0, calendar.count(unit, after: due, through: today))))
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT \(k) AS k, used, COUNT(*) AS n, TOTAL(late > 0) AS late, TOTAL(late) AS lateDays, MAX(limit_days) AS lim
                FROM supervision_case WHERE closed_on BETWEEN ? AND ? GROUP BY k, used
                """, arguments: span) {
                let key: String = row["k"]
                add(key, .overdue, row["late"] ?? 0)
                add(key, .overdueDays, row["lateDays"] ?? 0)
                if let used: Int = row["used"] {
                    histograms[key, default: UsedHistogram()].add(used, count: row["n"])
                    if let limit: Int = row["lim"] {
                        let longest = max(rows[key]?[.limit] ?? 0, Double(limit))
                        rows[key]?.values[.limit] = longest
                    }
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT n.addressee, n.to_section, s.item_code, s.section, s.officer, u.section AS user_section
                FROM supervision_notice n LEFT JOIN supervision_case s ON s.case_id = n.case_id LEFT JOIN user u ON u.id = n.addressee
                WHERE n.issued_on BETWEEN ? AND ?
                """, arguments: span) {
                let toSection: Bool = row["to_section"] ?? false
                let addressee: String? = row["addressee"]
                let key: String? = switch dimension {
                case .item: row["item_code"]
                case .section: toSection ? addressee : (row["section"] ?? row["user_section"])
                case .officer: toSection ? nil : (row["officer"] ?? addressee)
                }
                if let key { add(key, .notices, 1) }
            }
            var total = BoardRow(key: nil, name: SupervisionPhrases.total.zh)
            var all = UsedHistogram()
            for (key, histogram) in histograms {
                rows[key]?.values[.averageUsed] = histogram.mean
                rows[key]?.values[.p90Used] = histogram.percentile(0.9).map(Double.init)
                for (value, count) in histogram.counts { all.add(value, count: count) }
            }
            for row in rows.values {
                for (measure, value) in row.values where measure != .averageUsed && measure != .p90Used && measure != .limit {
                    total.values[measure, default: 0] += value
                }
                if let limit = row[.limit] { total.values[.limit] = max(total[.limit] ?? 0, limit) }
            }
            total.values[.notices] = try Double.fetchOne(db, sql: "SELECT COUNT(*) FROM supervision_notice WHERE issued_on BETWEEN ? AND ?", arguments: span)
            total.values[.averageUsed] = all.mean
            total.values[.p90Used] = all.percentile(0.9).map(Double.init)
            let names = try Self.names(dimension, active: active, db)
            let named = rows.values.map { BoardRow(key: $0.key, name: $0.key.flatMap { names[$0] } ?? $0.name, values: $0.values) }
                .sorted { ($0.name, $0.key ?? "") < ($1.name, $1.key ?? "") }
            let (intake, overdue) = try Self.weeks(ending: min(today, period.through), db)
            return BoardReport(period: period, dimension: dimension, rows: named, total: total, weeklyIntake: intake, weeklyOverdue: overdue)
        }
    }

    /// What the board calls each key: the item's or section's name, the officer's.
    static func names(_ dimension: BoardDimension, active: DefinitionSet, _ db: Database) throws -> [String: String] {
        switch dimension {
        case .item: Dictionary(active.items.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        case .section: Dictionary(active.bureau.sections.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        case .officer: Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM user").map { ($0["id"] as String, $0["name"] as String) },
                                  uniquingKeysWith: { a, _ in a })
        }
    }

    static let weekCount = 12

    /// Cases received, and cases that went overdue (turned red while open, or closed late), per
    /// week (Monday to Sunday) for the twelve weeks ending with the week of `end`.
    static func weeks(ending end: CivilDate, _ db: Database) throws -> (intake: [Int], overdue: [Int]) {
        let monday = end.adding(days: -mondayOffset(end))
        let first = monday.adding(days: -7 * (weekCount - 1))
        let last = monday.adding(days: 6)
        func week(_ text: String) -> Int? {
            guard let day = CivilDate(iso: text) else { return nil }
            let index = first.days(until: day) / 7
            return (0..<weekCount).contains(index) ? index : nil
        }
        var intake = Array(repeating: 0, count: weekCount)
        var overdue = Array(repeating: 0, count: weekCount)
        let span: StatementArguments = [first.description, last.description]
        for row in try Row.fetchAll(db, sql: "SELECT day, SUM(n) AS n FROM supervision_tally WHERE day BETWEEN ? AND ? AND kind = 'received' GROUP BY day", arguments: span) {
            if let index = week(row["day"]) { intake[index] += row["n"] }
        }
        // A case is overdue from the day after its due date.
        let redSpan: StatementArguments = [first.adding(days: -1).description, last.adding(days: -1).description]
        for row in try Row.fetchAll(db, sql: """
            SELECT red_after AS day, COUNT(*) AS n FROM supervision_case WHERE status = 'open' AND red_after BETWEEN ? AND ? GROUP BY red_after
            """, arguments: redSpan) {
            if let text: String = row["day"], let due = CivilDate(iso: text), let index = week(due.adding(days: 1).description) { overdue[index] += row["n"] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT closed_on AS day, COUNT(*) AS n FROM supervision_case WHERE closed_on BETWEEN ? AND ? AND late > 0 GROUP BY closed_on
            """, arguments: span) {
            if let index = week(row["day"]) { overdue[index] += row["n"] }
        }
        return (intake, overdue)
    }

    /// Days since the Monday of the day's week (2024-01-01 was a Monday).
    static func mondayOffset(_ day: CivilDate) -> Int {
        let reference = CivilDate(year: 2024, month: 1, day: 1) ?? .earliest
        let days = reference.days(until: day)
        return ((days % 7) + 7) % 7
    }

    // MARK: Reminders

    /// R11: an officer's yellow and red cases at sign-in: those waiting at a step the officer's
    /// posts act on, and those the officer answers for. Their own cases, so no post is refused.
    /// `escalated`: open red cases escalated to this user (as section chief or leader) by
    /// `supervise tick`.
    public func reminder(_ filter: QueueFilter) throws -> (yellow: Int, red: Int, escalated: Int) {
        var mine = filter
        mine.tab = .todo
        let (clause, arguments) = CaseQueue.whereClause(mine)
        let today = filter.today.description
        return try database.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT TOTAL(red_after < ?) AS red, TOTAL(NOT IFNULL(red_after < ?, 0)) AS yellow FROM supervision_case
                WHERE status = 'open' AND warn_on <= ? AND case_id IN (
                    SELECT case_id FROM supervision_case WHERE officer = ? AND status = 'open' AND warn_on <= ?
                    UNION SELECT id FROM "case" WHERE status = 'open' AND warn_on IS NOT NULL AND warn_on <= ? AND (\(clause)))
                """, arguments: [today, today, today, filter.userID, today, today] + arguments)
            let escalated = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT e.case_id) FROM supervision_event e JOIN supervision_case s ON s.case_id = e.case_id
                WHERE s.status = 'open' AND e.kind LIKE 'escalated-%' AND instr(',' || e.addressees || ',', ',' || ? || ',') > 0
                """, arguments: [filter.userID]) ?? 0
            return (Int((row?["yellow"] as Double?) ?? 0), Int((row?["red"] as Double?) ?? 0), escalated)
        }
    }

    /// The officer answerable for a case, as the board counts it.
    public func officer(of caseID: String) throws -> String {
        guard let officer = try database.read({ try String.fetchOne($0, sql: "SELECT officer FROM supervision_case WHERE case_id = ?", arguments: [caseID]) })
        else { throw StorageError(StoragePhrases.unknownCase(caseID)) }
        return officer
    }

    // MARK: Drilling down

    /// The cases behind one number of the board (nil key: the total row), in serial order, at most
    /// `limit` of them, and how many there are.
    public func cases(
        _ measure: BoardMeasure, dimension: BoardDimension, key: String?, period: BoardPeriod, today: CivilDate, limit: Int, for actor: Actor
    ) throws -> (total: Int, ids: [String]) {
        try Self.check(actor)
        var (sql, arguments) = Self.drillQuery(measure, period: period, today: today)
        if let key {
            sql += " AND \(dimension.column) = ?"
            arguments += [key]
        }
        return try database.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(sql))", arguments: arguments) ?? 0
            let ids = try String.fetchAll(db, sql: "\(sql) ORDER BY case_id LIMIT ?", arguments: arguments + [max(0, limit)])
            return (total, ids)
        }
    }

    static func drillQuery(_ measure: BoardMeasure, period: BoardPeriod, today: CivilDate) -> (String, StatementArguments) {
        let from = period.from.description
        let through = period.through.description
        let now = today.description
        if let tally = measure.tally {
            return ("SELECT DISTINCT case_id FROM supervision_mark WHERE kind = ? AND day BETWEEN ? AND ?", [tally.rawValue, from, through])
        }
        let base = "SELECT case_id FROM supervision_case WHERE "
        switch measure {
        case .notices:
            return ("""
                SELECT DISTINCT case_id FROM (SELECT n.case_id AS case_id, s.item_code AS item_code, s.section AS section, s.officer AS officer,
                    n.issued_on AS issued_on FROM supervision_notice n JOIN supervision_case s ON s.case_id = n.case_id) WHERE issued_on BETWEEN ? AND ?
                """, [from, through])
        case .inProgress:
            return (base + "status IN ('open', 'suspended') AND opened_on <= ?", [through])
        case .red:
            return (base + "status = 'open' AND red_after < ?", [now])
        case .yellow:
            return (base + "status = 'open' AND warn_on <= ? AND NOT IFNULL(red_after < ?, 0)", [now, now])
        case .overdue, .overdueDays:
            return (base + "((status = 'open' AND red_after < ?) OR (closed_on BETWEEN ? AND ? AND late > 0))", [now, from, through])
        default:
            return (base + "closed_on BETWEEN ? AND ? AND used IS NOT NULL", [from, through])
        }
    }
}
