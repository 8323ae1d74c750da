import Crypto
import Foundation
import GRDB
import Localization

/// The audit trail as a SHA-256 hash chain over every record, in order. Each record's hash covers
/// its content and the previous hash, and the chain's head is kept in `meta`, so a record changed,
/// deleted, inserted or swapped with the `sqlite3` shell is found by `verify`.
enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    static func hash(previous: String, seq: Int64, atMilliseconds: Int64, userID: String, caseID: String?, eventSeq: Int64?, kind: String, body: String) -> String {
        let canonical = [previous, String(seq), String(atMilliseconds), userID, caseID ?? "", eventSeq.map(String.init) ?? "", kind, body]
            .joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Appends a record inside the caller's transaction.
    @discardableResult
    static func append(kind: String, body: String, userID: String, caseID: String?, eventSeq: Int64?, at: Date, _ db: Database) throws -> AuditRecord {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        let seq: Int64 = (last?["seq"] ?? 0) + 1
        let previous: String = last?["hash"] ?? genesis
        let ms = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let digest = hash(previous: previous, seq: seq, atMilliseconds: ms, userID: userID, caseID: caseID, eventSeq: eventSeq, kind: kind, body: body)
        try db.execute(
            sql: "INSERT INTO audit (seq, at_ms, user_id, case_id, event_seq, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [seq, ms, userID, caseID, eventSeq, kind, body, previous, digest]
        )
        try MetaTable.set("audit_head", "\(seq):\(digest)", db)
        return AuditRecord(seq: seq, atMilliseconds: ms, userID: userID, caseID: caseID, eventSeq: eventSeq, kind: kind, body: body, previousHash: previous, hash: digest)
    }

    /// Walks the chain in order and stops at the first record that does not hold.
    static func verify(_ db: Database) throws -> AuditVerification {
        var expectedSeq: Int64 = 1
        var previous = genesis
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: "SELECT seq, at_ms, user_id, case_id, event_seq, kind, body, prev_hash, hash FROM audit ORDER BY seq")
        while let row = try cursor.next() {
            let seq: Int64 = row["seq"]
            if seq != expectedSeq {
                return AuditVerification(records: count, head: previous, problem: (seq, StoragePhrases.auditGap(expectedSeq)))
            }
            let stored: String = row["prev_hash"]
            if stored != previous {
                return AuditVerification(records: count, head: previous, problem: (seq, StoragePhrases.auditLinkMismatch()))
            }
            let digest = hash(previous: previous, seq: seq, atMilliseconds: row["at_ms"], userID: row["user_id"], caseID: row["case_id"],
                              eventSeq: row["event_seq"], kind: row["kind"], body: row["body"])
            if digest != (row["hash"] as String) {
                return AuditVerification(records: count, head: previous, problem: (seq, StoragePhrases.auditHashMismatch()))
            }
            previous = digest
            expectedSeq += 1
            count += 1
        }
        let head = try MetaTable.get("audit_head", db) ?? "0:\(genesis)"
        if head != "\(count):\(count == 0 ? genesis : previous)" {
            return AuditVerification(records: count, head: previous, problem: (expectedSeq, StoragePhrases.auditHeadMismatch()))
        }
        return AuditVerification(records: count, head: previous, problem: nil)
    }
}
