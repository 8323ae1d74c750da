import Foundation
import Localization
import Storage

/// The exchange database (前置库). A batch is one transaction: the cursor row is locked and
/// checked, the records are inserted and upserted, the cursor moved, then COMMIT. Killed before
/// the commit, nothing of the batch is there and the cursor has not moved; after it, all is.
/// A batch the exchange refuses is sent again record by record under savepoints, and only the
/// records it refuses (data, constraint or rule errors) are parked, in the same transaction.
public final class PostgresTarget: FeedTarget {
    public let name: String
    let config: FeedTargetConfig
    private var connection: PostgresConnection?

    public init(_ config: FeedTargetConfig) {
        name = config.name
        self.config = config
    }

    public func open() throws -> TargetCursor {
        let connection = try connect()
        for statement in PostgresSchema.statements { try run { try connection.execute(statement) } }
        try run {
            try connection.execute("INSERT INTO pd_feed_cursor (source, last_seq) VALUES ($1, 0) ON CONFLICT (source) DO NOTHING", [config.source])
        }
        return try cursor(connection)
    }

    public func deliver(_ records: [OutboxRecord], after: Int64, retrying parked: [OutboxRecord], auditHead: String?) throws -> TargetCursor {
        let connection = try connect()
        try run { try connection.execute("BEGIN") }
        do {
            let locked = try run { try connection.execute("SELECT last_seq FROM pd_feed_cursor WHERE source = $1 FOR UPDATE", [config.source]) }
            guard let text = locked.first?.first ?? nil, let current = Int64(text), current == after else {
                throw FeedError(FeedPhrases.targetError(name, "cursor moved by another run"))
            }
            for record in parked { try retryParked(record, connection) }
            if !records.isEmpty, try !fastBatch(records, after: after, connection) {
                try run { try connection.execute("ROLLBACK TO SAVEPOINT batch") }
                try slowBatch(records, connection)
            }
            let through = records.last?.seq ?? after
            try run {
                try connection.execute("UPDATE pd_feed_cursor SET last_seq = $2::bigint, audit_head = $3, updated_at = now() WHERE source = $1",
                                       [config.source, String(through), auditHead])
            }
            try run { try connection.execute("COMMIT") }
        } catch {
            // The transaction dies with the connection when the fault was the connection's.
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
        return try cursor(connection)
    }

    public func close() {
        connection?.close()
        connection = nil
    }

    /// All records in a few statements; false when the exchange refused something in them.
    private func fastBatch(_ records: [OutboxRecord], after: Int64, _ connection: PostgresConnection) throws -> Bool {
        do {
            try run { try connection.execute("SAVEPOINT batch") }
            for chunk in stride(from: 0, to: records.count, by: 500).map({ Array(records[$0..<min($0 + 500, records.count)]) }) {
                var parameters: [String?] = [config.source]
                parameters.reserveCapacity(1 + chunk.count * 7)
                for record in chunk { parameters += Self.parameters(record) }
                try connection.execute(PostgresSchema.insertMany(chunk.count), parameters)
            }
            try connection.execute(PostgresSchema.upsertRange, [config.source, String(after), String(records.last?.seq ?? after)])
            try connection.execute("RELEASE SAVEPOINT batch")
            return true
        } catch let failure as PostgresFailure where failure.refusesRecord {
            return false
        } catch let failure as PostgresFailure {
            throw FeedError(FeedPhrases.targetError(name, "\(failure.sqlState) \(failure.message)"))
        }
    }

    /// Record by record: the ones the exchange refuses are parked with its reason. When every
    /// record of a batch of several is refused, the fault is the exchange's (a changed schema),
    /// not the records', and nothing is parked.
    private func slowBatch(_ records: [OutboxRecord], _ connection: PostgresConnection) throws {
        var refused: [(OutboxRecord, String)] = []
        for record in records {
            if let reason = try insertGuarded(record, connection) { refused.append((record, reason)) }
        }
        if records.count >= 3, refused.count == records.count, let first = refused.first {
            throw FeedError(FeedPhrases.targetError(name, first.1))
        }
        for (record, reason) in refused {
            try run {
                try connection.execute("INSERT INTO pd_feed_parked (source, seq, reason) VALUES ($1, $2::bigint, $3) ON CONFLICT (source, seq) DO UPDATE SET reason = excluded.reason",
                                       [config.source, String(record.seq), reason])
            }
        }
    }

    private func retryParked(_ record: OutboxRecord, _ connection: PostgresConnection) throws {
        if try insertGuarded(record, connection) == nil {
            try run { try connection.execute("DELETE FROM pd_feed_parked WHERE source = $1 AND seq = $2::bigint", [config.source, String(record.seq)]) }
        }
    }

    /// Inserts one record under a savepoint; the exchange's reason when it refuses it.
    private func insertGuarded(_ record: OutboxRecord, _ connection: PostgresConnection) throws -> String? {
        try run { try connection.execute("SAVEPOINT one") }
        do {
            try connection.execute(PostgresSchema.insertOne, [config.source] + Self.parameters(record))
            try run { try connection.execute("RELEASE SAVEPOINT one") }
            return nil
        } catch let failure as PostgresFailure where failure.refusesRecord {
            try run { try connection.execute("ROLLBACK TO SAVEPOINT one") }
            return "\(failure.sqlState) \(failure.message)"
        } catch let failure as PostgresFailure {
            throw FeedError(FeedPhrases.targetError(name, "\(failure.sqlState) \(failure.message)"))
        }
    }

    private func cursor(_ connection: PostgresConnection) throws -> TargetCursor {
        let rows = try run { try connection.execute("SELECT last_seq FROM pd_feed_cursor WHERE source = $1", [config.source]) }
        let parked = try run { try connection.execute("SELECT seq, reason FROM pd_feed_parked WHERE source = $1 ORDER BY seq", [config.source]) }
        return TargetCursor(delivered: (rows.first?.first ?? nil).flatMap { Int64($0) } ?? 0,
                            parked: parked.compactMap { row in
                                guard let seq = (row.first ?? nil).flatMap({ Int64($0) }) else { return nil }
                                return ParkedEntry(seq: seq, reason: (row.count > 1 ? row[1] : nil) ?? "")
                            })
    }

    private func connect() throws -> PostgresConnection {
        if let connection { return connection }
        guard let conninfo = config.conninfo else { throw FeedError(FeedPhrases.targetMissing("conninfo"), retryable: false) }
        let made = try PostgresConnection(conninfo: conninfo, passfile: config.passfile, timeout: config.timeout)
        connection = made
        return made
    }

    /// A PostgreSQL error outside a record's insert is a fault of the exchange; a lost
    /// connection is forgotten so the next attempt connects again.
    @discardableResult
    private func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as PostgresFailure {
            throw FeedError(FeedPhrases.targetError(name, "\(failure.sqlState) \(failure.message)"))
        } catch let error as FeedError {
            connection?.close()
            connection = nil
            throw error
        }
    }

    static func parameters(_ record: OutboxRecord) -> [String?] {
        [String(record.seq), record.kind, record.key, record.caseID, String(record.atMilliseconds), record.payload, record.hash]
    }
}
