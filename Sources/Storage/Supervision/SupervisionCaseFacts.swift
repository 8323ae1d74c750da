import Foundation
import GRDB
import Workflow

/// The per-case facts the board needs for overdue and time-used statistics, derived from the
/// case's state (itself the fold of its events) and its flow version's definitions.
struct SupervisionCaseFacts: Sendable, Hashable {
    let caseID: String
    let itemCode: String
    let section: String
    /// The officer answerable for the case: the last one who acted at a step of the responsible
    /// post (承办人), else the one who opened it.
    let officer: String
    let status: String
    let openedOn: CivilDate
    let acceptedOn: CivilDate?
    let closedOn: CivilDate?
    /// The day the earliest running deadline turns yellow (as `case.warn_on`).
    let warnOn: CivilDate?
    /// The earliest running deadline's due date: red from the day after.
    let redAfter: CivilDate?
    /// The promised limit (else the statutory one) the time used is held against.
    let limit: TimeLimit?
    /// Units the clock ran between acceptance and closing, pauses left out.
    let used: Int?
    /// Units past the limit's due date at closing; 0 when on time.
    let late: Int?

    /// The post whose officer answers for a case on the board (the bureau's 承办人).
    static let responsiblePost = "handler"

    static func of(_ state: CaseState, section: String, engine: CaseEngine, calendar: WorkCalendar, at: Date) -> SupervisionCaseFacts {
        of(CaseSnapshot(state, engine: engine, calendar: calendar, at: at, runningOnly: true), section: section, engine: engine, calendar: calendar)
    }

    /// The same from the operation's snapshot, whose deadlines are already worked out.
    static func of(_ snapshot: CaseSnapshot, section: String, engine: CaseEngine, calendar: WorkCalendar) -> SupervisionCaseFacts {
        let state = snapshot.state
        let flow = snapshot.flow
        let responsible = state.history.last { record in flow?.step(record.from)?.post == responsiblePost }
        let item = engine.definitions.item(state.itemCode)
        let limit = item?.promisedLimit ?? item?.statutoryLimit
        let closedOn = state.isClosed ? (state.clock.stoppedOn ?? state.history.last?.on ?? state.openedOn) : nil
        var used: Int?
        var late: Int?
        if let limit, let start = state.clock.startedOn, let stop = state.clock.stoppedOn {
            var count = calendar.count(limit.unit, after: start, through: stop)
            for pause in state.clock.pauses { count -= calendar.count(limit.unit, after: pause.start, through: pause.end) }
            used = max(0, count)
            if let due = state.clock.due(limit, calendar: calendar, today: stop) {
                late = stop > due.date ? calendar.count(limit.unit, after: due.date, through: stop) : 0
            }
        }
        return SupervisionCaseFacts(
            caseID: state.id, itemCode: state.itemCode, section: section, officer: responsible?.userID ?? state.openedBy,
            status: state.status.rawValue, openedOn: state.openedOn, acceptedOn: state.clock.startedOn, closedOn: closedOn,
            warnOn: snapshot.warnOn, redAfter: snapshot.redAfter,
            limit: limit, used: used, late: late
        )
    }
}

extension SupervisionCaseFacts {
    static let columns = "case_id, item_code, section, officer, status, opened_on, accepted_on, closed_on, warn_on, red_after, limit_days, limit_unit, used, late"

    var arguments: [(any DatabaseValueConvertible)?] {
        [caseID, itemCode, section, officer, status, openedOn.description, acceptedOn?.description, closedOn?.description,
         warnOn?.description, redAfter?.description, limit?.days, limit?.unit.rawValue, used, late]
    }

    /// The facts as stored; nil when a column does not hold what the ledger writes.
    init?(row: Row) {
        /// A column's value, nil inside when NULL; nil outside when it is of the wrong type.
        func value<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ column: String) -> T?? {
            do { return .some(try row.decode(T?.self, forColumn: column)) } catch { return .none }
        }
        func date(_ column: String) -> CivilDate?? {
            guard let text = value(String.self, column) else { return .none }
            guard let text else { return .some(nil) }
            return CivilDate(iso: text).map { .some($0) } ?? .none
        }
        guard let caseID = value(String.self, "case_id") ?? nil, let itemCode = value(String.self, "item_code") ?? nil,
              let section = value(String.self, "section") ?? nil, let officer = value(String.self, "officer") ?? nil,
              let status = value(String.self, "status") ?? nil, let opened = date("opened_on"), let openedOn = opened,
              let acceptedOn = date("accepted_on"), let closedOn = date("closed_on"), let warnOn = date("warn_on"), let redAfter = date("red_after"),
              let days = value(Int.self, "limit_days"), let unit = value(String.self, "limit_unit"),
              let used = value(Int.self, "used"), let late = value(Int.self, "late")
        else { return nil }
        var limit: TimeLimit?
        if let days, let unit {
            guard let parsed = DayUnit(rawValue: unit) else { return nil }
            limit = TimeLimit(days: days, unit: parsed)
        }
        self.init(caseID: caseID, itemCode: itemCode, section: section, officer: officer, status: status, openedOn: openedOn,
                  acceptedOn: acceptedOn, closedOn: closedOn, warnOn: warnOn, redAfter: redAfter, limit: limit, used: used, late: late)
    }
}
