import Documents
import Foundation
import GRDB
import Workflow

/// Gives every case its query code (网上政务公开: serial number + code looks the case up) inside the
/// transaction that opens it, and leaves an audit record carrying the code's digest, not the code:
/// the audit trail is read by more people than the party.
enum QueryCodeRecorder {
    /// The hook `CaseService.persist` calls for every transition; only an opening (revision 0
    /// before it) draws a code. Documents are issued after it in the same transaction, so the
    /// acceptance notice already prints the code.
    static func record(_ transition: Transition, previousRevision: Int, actorID: String, at: Date, _ db: Database) throws {
        guard previousRevision == 0 else { return }
        try assign(QueryCode.random(), to: transition.state.id, actorID: actorID, at: at, db)
    }

    static func assign(_ code: QueryCode, to caseID: String, actorID: String, at: Date, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO case_query_code (case_id, code, created_at) VALUES (?, ?, ?)")
            .execute(arguments: [caseID, code.digits, at.timeIntervalSince1970])
        let body = "{\"case\":\"\(caseID)\",\"digest\":\"\(ChainDigest.hex(of: code.digits))\"}"
        try AuditChain.append(kind: auditKind, body: body, userID: actorID, caseID: caseID, eventSeq: nil, at: at, db)
    }

    static let auditKind = "case.query-code"

    /// The case's code; nil for a case opened before codes existed.
    static func code(of caseID: String, _ db: Database) throws -> QueryCode? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT code FROM case_query_code WHERE case_id = ?"), arguments: [caseID])
            .flatMap(QueryCode.init)
    }
}
