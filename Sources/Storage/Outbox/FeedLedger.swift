import Foundation
import GRDB
import Workflow

/// The outbox as `powerdesk feed` sees it: records to deliver, and per target what was delivered,
/// what failed and what is parked. Each change here is one small transaction of its own; none
/// touches a case, so none is an audit record (the delivery itself is proven by the target's
/// cursor and, for a directory, by its manifests).
public final class FeedLedger: Sendable {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    public init(_ store: PowerDeskStore) {
        database = store.database
        definitions = store.definitionRepository
    }

    public func head() throws -> Int64 { try database.read { try Outbox.head($0) } }

    public func records(after seq: Int64, limit: Int) throws -> [OutboxRecord] {
        try database.read { try Outbox.records(after: seq, limit: limit, $0) }
    }

    public func records(_ seqs: [Int64]) throws -> [OutboxRecord] {
        try database.read { try Outbox.records(seqs, $0) }
    }

    public func firstWaitingAt(after seq: Int64) throws -> Date? {
        try database.read { try Outbox.firstWaitingAt(after: seq, $0) }
    }

    public func now() -> Date { database.clock.now() }

    public func state(_ target: String) throws -> FeedTargetState {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM feed_target WHERE name = ?", arguments: [target])
            return FeedTargetState(
                name: target, delivered: row?["delivered"] ?? 0, deliveredAt: (row?["delivered_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                attemptedAt: (row?["attempted_at"] as Double?).map(Date.init(timeIntervalSince1970:)), lastError: row?["last_error"],
                failures: row?["failures"] ?? 0)
        }
    }

    /// A run ended well: the target acknowledged everything up to `seq`.
    public func delivered(_ target: String, through seq: Int64) throws {
        let at = database.clock.now().timeIntervalSince1970
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO feed_target (name, delivered, delivered_at, attempted_at, last_error, failures) VALUES (?, ?, ?, ?, NULL, 0)
                ON CONFLICT(name) DO UPDATE SET delivered = excluded.delivered, delivered_at = excluded.delivered_at,
                    attempted_at = excluded.attempted_at, last_error = NULL, failures = 0
                """, arguments: [target, seq, at, at])
        }
    }

    /// A run failed; what was delivered before the failure is recorded as well.
    public func failed(_ target: String, error: String, deliveredThrough seq: Int64?) throws {
        let at = database.clock.now().timeIntervalSince1970
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO feed_target (name, delivered, attempted_at, last_error, failures) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT(name) DO UPDATE SET attempted_at = excluded.attempted_at, last_error = excluded.last_error, failures = failures + 1
                """, arguments: [target, seq ?? 0, at, error])
            if let seq {
                try db.execute(sql: "UPDATE feed_target SET delivered = MAX(delivered, ?), delivered_at = ? WHERE name = ?", arguments: [seq, at, target])
            }
        }
    }

    /// The target's parked records as the target itself lists them: the ledger follows it, so a
    /// run killed between the target's commit and this write loses nothing.
    public func setParked(_ target: String, _ parked: [(seq: Int64, reason: String)]) throws {
        let at = database.clock.now().timeIntervalSince1970
        try database.write { db in
            try db.execute(sql: "DELETE FROM feed_parked WHERE target = ?", arguments: [target])
            for entry in parked {
                try db.execute(sql: "INSERT INTO feed_parked (target, seq, reason, at) VALUES (?, ?, ?, ?)", arguments: [target, entry.seq, entry.reason, at])
            }
        }
    }

    public func parked(_ target: String) throws -> [ParkedRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.seq, p.reason, p.at, o.kind, o.record_key FROM feed_parked p LEFT JOIN outbox o ON o.seq = p.seq
                WHERE p.target = ? ORDER BY p.seq
                """, arguments: [target]).map { row in
                ParkedRecord(target: target, seq: row["seq"], kind: row["kind"] ?? "", key: row["record_key"] ?? "", reason: row["reason"],
                             at: Date(timeIntervalSince1970: row["at"]))
            }
        }
    }

    /// Deadlines turn yellow and red as days pass, with no operation to notice: before
    /// delivering, every open case whose warning day has come is looked at, and each warning not
    /// yet in the outbox is added (one transaction). Returns how many were added.
    @discardableResult
    public func sweepWarnings() throws -> Int {
        let at = EventCoding.truncate(database.clock.now())
        let today = CivilDate.inShanghai(at)
        let calendar = try definitions.calendar()
        return try database.write { db in
            let before = try Outbox.head(db)
            let rows = try Row.fetchAll(db, sql: "SELECT state FROM \"case\" WHERE status = 'open' AND warn_on IS NOT NULL AND warn_on <= ? ORDER BY id",
                                        arguments: [today.description])
            var engines: [Int: CaseEngine] = [:]
            for row in rows {
                let state = try EventCoding.state(row)
                let engine = try engines[state.flowVersion] ?? CaseEngine(definitions: definitions.set(version: Int64(state.flowVersion), db), calendar: calendar)
                engines[state.flowVersion] = engine
                let recorder = OutboxRecorder(engine: engine, calendar: calendar)
                let entries = recorder.warnings(state, deadlines: engine.deadlines(state, calendar: calendar, today: today), today: today)
                try Outbox.appendNew(entries, at: at, db)
            }
            return Int(try Outbox.head(db) - before)
        }
    }
}

extension FeedLedger {
    /// The audit chain's head ("seq:hash") as the database holds it, to travel with each batch.
    public func auditHead() throws -> String? {
        try database.read { try MetaTable.get("audit_head", $0) }
    }
}
