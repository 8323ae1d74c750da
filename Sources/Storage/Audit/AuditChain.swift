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
        var digest = ChainDigest()
        digest.field(previous)
        digest.field(seq)
        digest.field(atMilliseconds)
        digest.field(userID)
        digest.field(caseID ?? "")
        if let eventSeq { digest.field(eventSeq) } else { digest.field("") }
        digest.field(kind)
        digest.field(body)
        return digest.hex()
    }

    /// Appends a record inside the caller's transaction.
    @discardableResult
    static func append(kind: String, body: String, userID: String, caseID: String?, eventSeq: Int64?, at: Date, _ db: Database) throws -> AuditRecord {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))
        let seq: Int64 = (last?["seq"] ?? 0) + 1
        let previous: String = last?["hash"] ?? genesis
        let ms = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let digest = hash(previous: previous, seq: seq, atMilliseconds: ms, userID: userID, caseID: caseID, eventSeq: eventSeq, kind: kind, body: body)
        try db.cachedStatement(sql: "INSERT INTO audit (seq, at_ms, user_id, case_id, event_seq, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, ms, userID, caseID, eventSeq, kind, body, previous, digest])
        try MetaTable.set("audit_head", "\(seq):\(digest)", db)
        return AuditRecord(seq: seq, atMilliseconds: ms, userID: userID, caseID: caseID, eventSeq: eventSeq, kind: kind, body: body, previousHash: previous, hash: digest)
    }

    /// Walks the chain and stops at the first record that does not hold (see `ChainVerifier`).
    static func verify(_ reader: any DatabaseReader) throws -> AuditVerification {
        let kind = try reader.read { try MetaTable.get("kind", $0) }
        return try ChainVerifier.verify(reader, monotonicTime: kind.flatMap(DatabaseKind.init(rawValue:)) ?? .production == .production)
    }
}
