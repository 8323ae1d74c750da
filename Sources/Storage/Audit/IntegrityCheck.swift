import Foundation
import GRDB
import Localization
import Workflow

/// `audit verify`: the hash chain, then every case event against its audit record, then every
/// case's stored state against the replay of its events. Stops at the first fault found.
enum IntegrityCheck {
    static func run(_ db: Database, definitions: DefinitionRepository) throws -> AuditVerification {
        let chain = try AuditChain.verify(db)
        guard chain.isIntact else { return chain }
        let fault = { (seq: Int64, reason: Message) in AuditVerification(records: chain.records, head: chain.head, problem: (seq, reason)) }

        // Every event has its audit record with the same body, and every audit record of an event
        // still has its event.
        let events = try Row.fetchCursor(db, sql: """
            SELECT e.case_id, e.seq, e.body AS body, a.body AS audited, a.seq AS audit_seq
            FROM case_event e LEFT JOIN audit a ON a.case_id = e.case_id AND a.event_seq = e.seq
            ORDER BY e.case_id, e.seq
            """)
        while let row = try events.next() {
            let audited: String? = row["audited"]
            if audited != (row["body"] as String) {
                return fault(row["audit_seq"] ?? 0, StoragePhrases.auditEventMissing(row["case_id"] as String, row["seq"] as Int64))
            }
        }
        let orphans = try Row.fetchOne(db, sql: """
            SELECT a.seq, a.case_id, a.event_seq FROM audit a
            LEFT JOIN case_event e ON e.case_id = a.case_id AND e.seq = a.event_seq
            WHERE a.event_seq IS NOT NULL AND e.case_id IS NULL ORDER BY a.seq LIMIT 1
            """)
        if let orphan = orphans {
            return fault(orphan["seq"], StoragePhrases.auditEventDeleted(orphan["case_id"] as String, orphan["event_seq"] as Int64))
        }

        // The stored state of each case is the fold of its events.
        let cases = try Row.fetchCursor(db, sql: "SELECT id, flow_version, state FROM \"case\" ORDER BY id")
        while let row = try cases.next() {
            let caseID: String = row["id"]
            let bodies = try String.fetchAll(db, sql: "SELECT body FROM case_event WHERE case_id = ? ORDER BY seq", arguments: [caseID])
            let events = try bodies.map { try EventCoding.value(CaseEvent.self, from: $0) }
            let set = try definitions.set(version: row["flow_version"], db)
            let replayed = CaseEngine(definitions: set).replay(events)
            let stored = try? EventCoding.value(CaseState.self, from: row["state"] as String)
            if replayed == nil || replayed != stored {
                return fault(0, StoragePhrases.auditStateMismatch(caseID))
            }
        }
        return chain
    }
}
