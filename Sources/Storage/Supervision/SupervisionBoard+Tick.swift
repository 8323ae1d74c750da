import Foundation
import GRDB
import Workflow

/// The scheduled supervision run (R11): a case turning yellow or red is recorded once per
/// deadline as a supervision event, audited; a red case is escalated to its section chief and
/// then to the leadership after the policy's working days.
extension SupervisionBoard {
    public func tick(today: CivilDate, policy: EscalationPolicy, by userID: String = "system") throws -> TickResult {
        let calendar = try definitions.calendar()
        let at = EventCoding.truncate(database.clock.now())
        return try database.write { db in
            var result = TickResult()
            let leaders = try String.fetchAll(db, sql: "SELECT user_id FROM user_post JOIN user ON user.id = user_id WHERE post = 'leader' AND active = 1 ORDER BY user_id")
            let rows = try Row.fetchAll(db, sql: """
                SELECT case_id, officer, section, warn_on, red_after FROM supervision_case
                WHERE status = 'open' AND warn_on <= ? ORDER BY case_id
                """, arguments: [today.description])
            for row in rows {
                let caseID: String = row["case_id"]
                let officer: String = row["officer"]
                let section: String = row["section"]
                func record(_ kind: String, since: String, to addressees: [String]) throws -> Bool {
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO supervision_event (case_id, kind, since, on_day, officer, section, addressees) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [caseID, kind, since, today.description, officer, section, addressees.joined(separator: ",")])
                    guard db.changesCount > 0 else { return false }
                    let body = try EventCoding.text(SupervisionEventRecord(kind: kind, since: since, on: today.description, officer: officer, section: section, to: addressees))
                    try AuditChain.append(kind: "supervision.\(kind)", body: body, userID: userID, caseID: caseID, eventSeq: nil, at: at, db)
                    return true
                }
                if let text: String = row["red_after"], let due = CivilDate(iso: text), due < today {
                    if try record("red", since: text, to: [officer]) { result.red += 1 }
                    let overdue = calendar.count(.workday, after: due, through: today)
                    if overdue >= policy.chiefAfter {
                        let chiefs = try String.fetchAll(db, sql: """
                            SELECT user_id FROM user_post JOIN user ON user.id = user_id WHERE post = 'chief' AND section = ? AND active = 1 ORDER BY user_id
                            """, arguments: [section])
                        if try record("escalated-chief", since: text, to: chiefs) { result.toChief += 1 }
                    }
                    if overdue >= policy.leaderAfter, try record("escalated-leader", since: text, to: leaders) { result.toLeader += 1 }
                } else if let text: String = row["warn_on"], try record("yellow", since: text, to: [officer]) {
                    result.yellow += 1
                }
            }
            return result
        }
    }
}
