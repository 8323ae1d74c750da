import Crypto
import Foundation
import GRDB

/// The rows PowerDesk's commit path writes beside events, audit records, case rows and documents:
/// the outbox with its hash chain, the supervision marks, tallies and case facts, the public row,
/// and at opening the query code (with its audit record) and the party register. Recorded per
/// operation so that the floor writes them too, in the same transaction: the floor is PowerDesk's
/// exact rows and indexes written with no engine, not a subset of them.
struct FloorSideRows {
    struct OutboxRow {
        let kind: String
        let key: String
        let caseID: String?
        let payload: String
    }

    struct MarkRow {
        let kind: String
        let day: String
        let item: String
        let section: String
        let officer: String
    }

    struct PartyRow {
        let idNumber: String
        let kind: String
        let name: String
        let initials: String
    }

    /// The outbox rows of each operation, by the operation's index.
    var outbox: [[OutboxRow]] = []
    var marks: [String: [MarkRow]] = [:]
    var supervisionColumns: [String] = []
    var supervision: [String: [DatabaseValue]] = [:]
    var publicColumns: [String] = []
    var publicRows: [String: [DatabaseValue]] = [:]
    var queryCodes: [String: String] = [:]
    var parties: [String: PartyRow] = [:]
    private var outboxSeq: Int64 = 0
    private var outboxPrevious = String(repeating: "0", count: 64)

    /// Every operation writes its case's 办件 record first: the outbox after `afterOutbox` splits
    /// into the operations at those records, in commit order.
    static func recorded(_ db: Database, operations: [CommitFloor.Operation], afterOutbox: Int64) throws -> FloorSideRows {
        var side = FloorSideRows()
        let rows = try Row.fetchAll(db, sql: "SELECT kind, record_key, case_id, payload FROM outbox WHERE seq > ? ORDER BY seq", arguments: [afterOutbox])
        var groups: [[OutboxRow]] = []
        for row in rows {
            let record = OutboxRow(kind: row["kind"], key: row["record_key"], caseID: row["case_id"], payload: row["payload"])
            if record.kind == "case" || groups.isEmpty { groups.append([]) }
            groups[groups.count - 1].append(record)
        }
        guard groups.count == operations.count, zip(groups, operations).allSatisfy({ $0.first?.caseID == $1.caseID }) else {
            throw BenchmarkFailure("the outbox does not split into one group per operation (\(groups.count) groups, \(operations.count) operations)")
        }
        side.outbox = groups
        let cases = Set(operations.map(\.caseID))
        for row in try Row.fetchAll(db, sql: "SELECT case_id, seq, kind, day, item_code, section, officer FROM supervision_mark") {
            let caseID: String = row["case_id"]
            guard cases.contains(caseID) else { continue }
            side.marks["\(caseID)#\(row["seq"] as Int64)", default: []].append(
                MarkRow(kind: row["kind"], day: row["day"], item: row["item_code"], section: row["section"], officer: row["officer"]))
        }
        (side.supervisionColumns, side.supervision) = try finalRows(db, table: "supervision_case", key: "case_id", cases: cases, leaving: [])
        (side.publicColumns, side.publicRows) = try finalRows(db, table: "case_public", key: "case_id", cases: cases, leaving: ["n", "change_seq"])
        for row in try Row.fetchAll(db, sql: "SELECT case_id, code FROM case_query_code") where cases.contains(row["case_id"]) {
            side.queryCodes[row["case_id"]] = row["code"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT p.id_number, p.kind, n.name, n.initials, n.case_id FROM party p JOIN party_name n ON n.id_number = p.id_number") {
            let caseID: String = row["case_id"]
            guard cases.contains(caseID) else { continue }
            side.parties[caseID] = PartyRow(idNumber: row["id_number"], kind: row["kind"], name: row["name"], initials: row["initials"])
        }
        return side
    }

    /// Each case's row of `table` as it ended, its columns but `leaving`.
    private static func finalRows(_ db: Database, table: String, key: String, cases: Set<String>, leaving: Set<String>) throws -> ([String], [String: [DatabaseValue]]) {
        let columns = try db.columns(in: table).map(\.name).filter { !leaving.contains($0) }
        var rows: [String: [DatabaseValue]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table)") {
            guard let id = row[key] as String?, cases.contains(id) else { continue }
            rows[id] = columns.map { row[$0] as DatabaseValue }
        }
        return (columns, rows)
    }

    /// The side rows of operation `index`, inside its transaction. `audit` appends an audit
    /// record to the floor's chain.
    mutating func write(_ operation: CommitFloor.Operation, index: Int, at: Double, audit: (String, String, Int64?) throws -> Void, _ db: Database) throws {
        if operation.eventSeq == 1 {
            if let code = queryCodes[operation.caseID] {
                try db.cachedStatement(sql: "INSERT INTO case_query_code (case_id, code, created_at) VALUES (?, ?, ?)").execute(arguments: [operation.caseID, code, at])
                try audit("case.query-code", "{\"case\":\"\(operation.caseID)\",\"digest\":\"\(CommitFloor.hex(SHA256.hash(data: Data(code.utf8))))\"}", nil)
            }
            if let party = parties[operation.caseID] {
                try db.cachedStatement(sql: """
                    INSERT INTO party (id_number, kind, name, initials, first_case, last_case, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id_number) DO UPDATE SET last_case = excluded.last_case, updated_at = excluded.updated_at
                    """).execute(arguments: [party.idNumber, party.kind, party.name, party.initials, operation.caseID, operation.caseID, at])
                try db.cachedStatement(sql: "INSERT INTO party_name (id_number, name, initials, case_id, reason, user_id, at) VALUES (?, ?, ?, ?, NULL, ?, ?)")
                    .execute(arguments: [party.idNumber, party.name, party.initials, operation.caseID, operation.userID, at])
            }
        }
        if let values = publicRows[operation.caseID] {
            let names = publicColumns.joined(separator: ", ")
            let updates = publicColumns.filter { $0 != "case_id" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            try db.cachedStatement(sql: """
                INSERT INTO case_public (\(names), change_seq) VALUES (\(publicColumns.map { _ in "?" }.joined(separator: ", ")), (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM case_public))
                ON CONFLICT(case_id) DO UPDATE SET \(updates), change_seq = excluded.change_seq
                """).execute(arguments: StatementArguments(values))
        }
        for mark in marks["\(operation.caseID)#\(operation.eventSeq)"] ?? [] {
            try db.cachedStatement(sql: "INSERT INTO supervision_mark (case_id, seq, kind, day, item_code, section, officer) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [operation.caseID, operation.eventSeq, mark.kind, mark.day, mark.item, mark.section, mark.officer])
            try db.cachedStatement(sql: """
                INSERT INTO supervision_tally (day, item_code, section, officer, kind, n) VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (day, item_code, section, officer, kind) DO UPDATE SET n = n + 1
                """).execute(arguments: [mark.day, mark.item, mark.section, mark.officer, mark.kind])
        }
        if let values = supervision[operation.caseID] {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO supervision_case (\(supervisionColumns.joined(separator: ", "))) VALUES (\(supervisionColumns.map { _ in "?" }.joined(separator: ", ")))
                """).execute(arguments: StatementArguments(values))
        }
        for record in index < outbox.count ? outbox[index] : [] {
            if record.kind == "warning",
               try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM outbox WHERE kind = ? AND record_key = ?"), arguments: [record.kind, record.key]) == true {
                continue
            }
            let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM outbox ORDER BY seq DESC LIMIT 1"))
            outboxSeq = (last?["seq"] ?? 0) + 1
            outboxPrevious = last?["hash"] ?? String(repeating: "0", count: 64)
            let ms = Int64(at * 1000)
            let canonical = [outboxPrevious, String(outboxSeq), record.kind, record.key, record.caseID ?? "", String(ms), record.payload].joined(separator: "\u{1F}")
            let digest = CommitFloor.hex(SHA256.hash(data: Data(canonical.utf8)))
            try db.cachedStatement(sql: "INSERT INTO outbox (seq, kind, record_key, case_id, at_ms, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [outboxSeq, record.kind, record.key, record.caseID, ms, record.payload, outboxPrevious, digest])
        }
    }
}
