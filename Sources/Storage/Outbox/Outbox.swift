import Foundation
import GRDB
import Workflow

/// The outbox: what leaves the bureau (the hall's 前置库, the e-supervision platform, a directory
/// drop), written in the transaction of the operation it reports, numbered without gaps, never
/// changed afterwards (triggers), and chained by SHA-256 so `audit verify` finds a record altered,
/// removed or inserted. `powerdesk feed run` delivers it; the outbox itself never forgets.
public enum Outbox {
    /// Appends one record of any kind inside the caller's transaction and returns its number.
    /// Other parts of PowerDesk (督办 notices, warnings of the supervision board) add their kinds
    /// here; `key` is what the target upserts under, so a record with the same kind and key
    /// replaces the earlier one in the target's current view while both stay in its log.
    @discardableResult
    public static func append(kind: String, key: String, caseID: String? = nil, payload: some Encodable, at: Date, _ db: Database) throws -> Int64 {
        try append(OutboxEntry(kind: kind, key: key, caseID: caseID, payload: try CanonicalJSONEncoder().encode(payload)), at: at, db)
    }

    static func append(_ entry: OutboxEntry, at: Date, _ db: Database) throws -> Int64 {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM outbox ORDER BY seq DESC LIMIT 1"))
        let seq: Int64 = (last?["seq"] ?? 0) + 1
        let previous: String = last?["hash"] ?? AuditChain.genesis
        let ms = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let digest = hash(previous: previous, seq: seq, kind: entry.kind, key: entry.key, caseID: entry.caseID, atMilliseconds: ms, payload: entry.payload)
        try db.cachedStatement(sql: "INSERT INTO outbox (seq, kind, record_key, case_id, at_ms, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, entry.kind, entry.key, entry.caseID, ms, entry.payload, previous, digest])
        return seq
    }

    /// The hook of `CaseService.persist`: the records of one case operation, in its transaction.
    static func record(_ transition: Transition, _ snapshot: CaseSnapshot, section: String, engine: CaseEngine, calendar: WorkCalendar, at: Date, _ db: Database) throws {
        let recorder = OutboxRecorder(engine: engine, calendar: calendar)
        let openedAt = try Double.fetchOne(db.cachedStatement(sql: "SELECT opened_at FROM \"case\" WHERE id = ?"), arguments: [transition.state.id])
        let entries = recorder.entries(for: transition, snapshot, section: section, openedAt: Date(timeIntervalSince1970: openedAt ?? at.timeIntervalSince1970), at: at)
        try appendNew(entries, at: at, db)
        // A merge changed other cases (absorbed into this one): their 办件 records change too.
        for otherID in transition.sideEvents.keys.sorted() {
            guard let row = try Row.fetchOne(db, sql: "SELECT state, section, opened_at FROM \"case\" WHERE id = ?", arguments: [otherID]) else { continue }
            let other = try EventCoding.state(row)
            let record = CaseFeedRecord(other, flow: engine.flow(for: other), section: row["section"], openedAt: Date(timeIntervalSince1970: row["opened_at"]),
                                        deadlines: [], at: at)
            try append(OutboxEntry(kind: OutboxKind.caseRecord, key: otherID, caseID: otherID, payload: record.json.text), at: at, db)
        }
    }

    /// Appends entries, passing over warnings already in the outbox (a warning is news once).
    static func appendNew(_ entries: [OutboxEntry], at: Date, _ db: Database) throws {
        for entry in entries {
            if entry.kind == OutboxKind.warning,
               try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM outbox WHERE kind = ? AND record_key = ?"), arguments: [entry.kind, entry.key]) == true {
                continue
            }
            _ = try append(entry, at: at, db)
        }
    }

    /// The last sequence number written (0 for none).
    public static func head(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM outbox") ?? 0
    }

    /// Up to `limit` records after `seq`, in order.
    public static func records(after seq: Int64, limit: Int, _ db: Database) throws -> [OutboxRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT seq, kind, record_key, case_id, at_ms, payload, hash FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
                         arguments: [seq, limit]).map(record)
    }

    /// The records with the given numbers (parked ones being tried again).
    public static func records(_ seqs: [Int64], _ db: Database) throws -> [OutboxRecord] {
        try seqs.compactMap { seq in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, kind, record_key, case_id, at_ms, payload, hash FROM outbox WHERE seq = ?"), arguments: [seq])
                .map(record)
        }
    }

    /// When the record after `seq` was written, for the lag in hours; nil when none is waiting.
    public static func firstWaitingAt(after seq: Int64, _ db: Database) throws -> Date? {
        try Int64.fetchOne(db, sql: "SELECT at_ms FROM outbox WHERE seq > ? ORDER BY seq LIMIT 1", arguments: [seq])
            .map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }

    private static func record(_ row: Row) -> OutboxRecord {
        OutboxRecord(seq: row["seq"], kind: row["kind"], key: row["record_key"], caseID: row["case_id"], atMilliseconds: row["at_ms"],
                     payload: row["payload"], hash: row["hash"])
    }

    static func hash(previous: String, seq: Int64, kind: String, key: String, caseID: String?, atMilliseconds: Int64, payload: String) -> String {
        var digest = ChainDigest()
        digest.field(previous)
        digest.field(seq)
        digest.field(kind)
        digest.field(key)
        digest.field(caseID ?? "")
        digest.field(atMilliseconds)
        digest.field(payload)
        return digest.hex()
    }
}
