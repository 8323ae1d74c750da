import Documents
import GRDB
import Workflow

/// One row of `case_public` with the case's query code and secret mark, as the publisher reads it.
struct PublicCaseRow: Sendable {
    let n: Int64
    /// The summary without its history: all a listing page and its JSON show. The history is
    /// parsed only for the status page (`summary`), on the worker that writes it, not on the one
    /// thread that reads the rows.
    let listed: PublicCaseSummary
    let historyText: String
    let code: QueryCode?
    let secret: Bool

    /// The whole summary, history included.
    var summary: PublicCaseSummary {
        let s = listed
        return PublicCaseSummary(caseID: s.caseID, itemCode: s.itemCode, phase: s.phase, stepName: s.stepName, party: s.party, creditCode: s.creditCode,
                                 openedOn: s.openedOn, concludedOn: s.concludedOn, dueOn: s.dueOn, late: s.late,
                                 history: PublicCaseSummary.history(from: historyText), decision: s.decision)
    }

    static let selection = """
        SELECT p.n, p.case_id, p.item_code, p.phase, p.step_name, p.party, p.credit_code, p.opened_on, p.concluded_on, p.due_on, p.late,
               p.history, p.decision, p.secret, q.code
        FROM case_public p LEFT JOIN case_query_code q ON q.case_id = p.case_id
        """

    init?(_ row: Row) {
        guard let opened = CivilDate(iso: row[7]), let phase = PublicPhase(rawValue: row[3]) else { return nil }
        n = row[0]
        listed = PublicCaseSummary(
            caseID: row[1], itemCode: row[2], phase: phase, stepName: row[4], party: row[5], creditCode: row[6], openedOn: opened,
            concludedOn: (row[8] as String?).flatMap(CivilDate.init(iso:)), dueOn: (row[9] as String?).flatMap(CivilDate.init(iso:)),
            late: row[10], history: [], decision: row[12]
        )
        historyText = row[11]
        secret = row[13]
        code = (row[14] as String?).flatMap(QueryCode.init)
    }

    /// Where the case's status page lives: `status/XK2026/000/XK2026000001-<code>.html`, a
    /// thousand cases a folder. Nil for a malformed serial (never a path from odd data) or no code.
    var statusPath: String? { Self.statusPath(serial: listed.caseID, code: code) }

    static func statusPath(serial: String, code: QueryCode?) -> String? {
        guard let code, serial.utf8.count == 12,
              serial.prefix(2).allSatisfy({ $0.isASCII && $0.isUppercase }), serial.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return "status/\(serial.prefix(6))/\(serial.dropFirst(6).prefix(3))/\(serial)-\(code.digits).html"
    }
}
