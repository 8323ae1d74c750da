import Documents
import Foundation
import GRDB
import Workflow

/// The public site's hook into the case commit path: the query code at opening, and what the
/// site shows of the case (`PublicCaseSummary`) written in the same transaction, numbered in
/// commit order so that `powerdesk publish` rewrites only what changed.
enum PublicRecorder {
    static func record(_ transition: Transition, _ snapshot: CaseSnapshot, previousRevision: Int, actorID: String, at: Date, _ db: Database) throws {
        try QueryCodeRecorder.record(transition, previousRevision: previousRevision, actorID: actorID, at: at, db)
        let summary = PublicCaseSummary.make(transition.state, flow: snapshot.flow, deadlines: snapshot.deadlines)
        try save(summary, db)
    }

    static func save(_ summary: PublicCaseSummary, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO case_public (case_id, item_code, phase, step_name, party, credit_code, opened_on, concluded_on, due_on, late, history, decision, change_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM case_public))
            ON CONFLICT(case_id) DO UPDATE SET phase = excluded.phase, step_name = excluded.step_name, party = excluded.party,
                credit_code = excluded.credit_code, concluded_on = excluded.concluded_on, due_on = excluded.due_on, late = excluded.late,
                history = excluded.history, decision = excluded.decision, change_seq = excluded.change_seq
            """).execute(arguments: [
                summary.caseID, summary.itemCode, summary.phase.rawValue, summary.stepName, summary.party, summary.creditCode,
                summary.openedOn.description, summary.concludedOn?.description, summary.dueOn?.description, summary.late,
                summary.historyText, summary.decision,
            ])
    }

    /// A change that is not a transition (a secret mark) still reaches the next publishing run.
    static func touch(_ caseID: String, secret: Bool, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE case_public SET secret = ?, change_seq = (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM case_public) WHERE case_id = ?
            """, arguments: [secret, caseID])
    }
}
