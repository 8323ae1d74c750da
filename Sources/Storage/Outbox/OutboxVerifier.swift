import GRDB
import Localization

/// `audit verify`'s look at the outbox: numbers run 1, 2, 3... with no gap, and every record still
/// hashes to what it was written with and links to the one before. One pass, no decoding.
enum OutboxVerifier {
    /// The first record that does not hold, with why; nil when the outbox is intact.
    static func firstProblem(_ db: Database) throws -> (seq: Int64, reason: Message)? {
        var expected: Int64 = 1
        var previous = AuditChain.genesis
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, kind, record_key, case_id, at_ms, payload, prev_hash, hash FROM outbox ORDER BY seq")
        while let row = try rows.next() {
            let seq: Int64 = row["seq"]
            if seq != expected { return (expected, FeedPhrases.outboxGap(expected)) }
            let stored: String = row["hash"]
            let computed = Outbox.hash(previous: previous, seq: seq, kind: row["kind"], key: row["record_key"], caseID: row["case_id"],
                                       atMilliseconds: row["at_ms"], payload: row["payload"])
            if row["prev_hash"] as String != previous || computed != stored { return (seq, FeedPhrases.outboxChanged(seq)) }
            previous = stored
            expected += 1
        }
        return nil
    }
}
