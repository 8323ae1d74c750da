import Crypto
import Foundation
import GRDB

/// The floor the storage benchmark compares against: the same rows PowerDesk wrote (events,
/// audit records with their SHA-256 chain, case rows with their state, documents, the audit head),
/// written again through GRDB into a fresh database of the same schema, one transaction per
/// operation, with no engine, no rendering and no decoding. What PowerDesk costs above this is
/// its own.
struct CommitFloor {
    struct Operation {
        let caseID: String
        let eventSeq: Int64
        let userID: String
        let kind: String
        let body: String
        var documents: [(type: String, name: String, year: Int, seq: Int?, number: String?, body: String, hash: String)] = []
    }

    let operations: [Operation]
    let states: [String: Data]
    let side: FloorSideRows

    /// The operations PowerDesk performed after audit record `afterAudit` (and outbox record
    /// `afterOutbox`), read back in order.
    static func recorded(in pool: DatabasePool, afterAudit: Int64, afterOutbox: Int64) throws -> CommitFloor {
        try pool.read { db in
            var operations: [Operation] = []
            var index: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT case_id, event_seq, user_id, kind, body FROM audit WHERE seq > ? AND event_seq IS NOT NULL ORDER BY seq
                """, arguments: [afterAudit])
            while let row = try rows.next() {
                let operation = Operation(caseID: row["case_id"], eventSeq: row["event_seq"], userID: row["user_id"], kind: row["kind"], body: row["body"])
                index["\(operation.caseID)#\(operation.eventSeq)"] = operations.count
                operations.append(operation)
            }
            let documents = try Row.fetchCursor(db, sql: "SELECT case_id, event_seq, type, name, year, seq, number, body, hash FROM document ORDER BY id")
            while let row = try documents.next() {
                guard let at = index["\(row["case_id"] as String)#\(row["event_seq"] as Int64)"] else { continue }
                operations[at].documents.append((row["type"], row["name"], row["year"], row["seq"], row["number"], row["body"], row["hash"]))
            }
            let states = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, state FROM \"case\"").map { ($0["id"] as String, $0["state"] as Data) })
            return CommitFloor(operations: operations, states: states, side: try FloorSideRows.recorded(db, operations: operations, afterOutbox: afterOutbox))
        }
    }

    static let digits = Array("0123456789abcdef".utf8)

    /// Hex by table, as PowerDesk does: the floor must not be slowed by `String(format:)`.
    static func hex(_ digest: SHA256.Digest) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes every operation as its own transaction into `pool`, whose schema is PowerDesk's.
    func replay(into pool: DatabasePool) throws {
        var (seq, previous) = try pool.read { db -> (Int64, String) in
            let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            return (row?["seq"] ?? 0, row?["hash"] ?? String(repeating: "0", count: 64))
        }
        var revisions: [String: Int64] = [:]
        var side = self.side
        for (index, operation) in operations.enumerated() {
            let at = Date().timeIntervalSince1970.rounded(.down)
            try pool.write { db in
                func audit(_ kind: String, _ body: String, eventSeq: Int64?) throws {
                    seq += 1
                    let ms = Int64(at * 1000)
                    let canonical = [previous, String(seq), String(ms), operation.userID, operation.caseID, eventSeq.map(String.init) ?? "", kind, body]
                        .joined(separator: "\u{1F}")
                    let digest = Self.hex(SHA256.hash(data: Data(canonical.utf8)))
                    try db.cachedStatement(sql: "INSERT INTO audit (seq, at_ms, user_id, case_id, event_seq, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [seq, ms, operation.userID, operation.caseID, eventSeq, kind, body, previous, digest])
                    previous = digest
                }
                let known = try Int64.fetchOne(db.cachedStatement(sql: "SELECT revision FROM \"case\" WHERE id = ?"), arguments: [operation.caseID])
                let state = states[operation.caseID] ?? Data()
                try db.cachedStatement(sql: """
                    INSERT INTO "case" (id, item_code, procedure_code, flow_version, section, party_name, party_id_number, subject, step, status, opened_at, updated_at, revision, state, warn_on, flag_count)
                    VALUES (?, 'item', 'licence', 1, 'religious', 'party', 'id', 'subject', 'step', 'open', ?, ?, ?, ?, NULL, 0)
                    ON CONFLICT(id) DO UPDATE SET step = excluded.step, status = excluded.status, updated_at = excluded.updated_at,
                        revision = excluded.revision, state = excluded.state, warn_on = excluded.warn_on, flag_count = excluded.flag_count
                    """).execute(arguments: [operation.caseID, at, at, (known ?? 0) + 1, state])
                try db.cachedStatement(sql: "INSERT INTO case_event (case_id, seq, at, user_id, body) VALUES (?, ?, ?, ?, ?)").execute(arguments: [operation.caseID, operation.eventSeq, at, operation.userID, operation.body])
                try audit(operation.kind, operation.body, eventSeq: operation.eventSeq)
                for document in operation.documents {
                    try db.cachedStatement(sql: """
                        INSERT INTO document (case_id, event_seq, type, name, year, seq, number, issued_at, body, hash, flow_version, replaces, issued_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?)
                        """).execute(arguments: [operation.caseID, operation.eventSeq, document.type, document.name, document.year, document.seq, document.number,
                                         at, document.body, document.hash, operation.userID])
                    try audit("document.issued", "{\"id\":\(db.lastInsertedRowID),\"hash\":\"\(document.hash)\"}", eventSeq: nil)
                }
                try side.write(operation, index: index, at: at, audit: { try audit($0, $1, eventSeq: $2) }, db)
                try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").execute(arguments: ["\(seq):\(previous)"])
                revisions[operation.caseID] = (known ?? 0) + 1
            }
        }
    }
}
