import Crypto
import Foundation
import GRDB

/// The SHA-256 of everything archived of a case: its row, events, documents with their prints,
/// files with their bytes, and its audit records, table by table in key order, each value with
/// its column name and type. Worked out from the main database before removal and from the
/// archive file afterwards, so a copy that differs in one byte is found. A column that is NULL
/// adds nothing, so an archive made before a later migration added a column still matches; the
/// archive mark itself (`archived_in`) is not content.
enum CaseContentDigest {
    /// Per case, its digest as hex, for `caseIDs` in the tables of `schema`.
    static func digests(_ caseIDs: [String], in schema: String, _ db: Database) throws -> [String: String] {
        var hashers = Dictionary(uniqueKeysWithValues: caseIDs.map { ($0, SHA256()) })
        let list = ArchiveFile.caseList(caseIDs)
        for table in ArchiveFile.tables {
            let owner: String
            switch table.name {
            case "case": owner = "t.id"
            case "document_print": owner = "(SELECT d.case_id FROM \(schema).document d WHERE d.id = t.document_id)"
            case "attachment": owner = "c.case_id"
            default: owner = "t.case_id"
            }
            let order = table.key.map { "t.\"\($0)\"" }.joined(separator: ", ")
            let sql = table.name == "attachment"
                ? "SELECT c.case_id AS archive_owner, t.* FROM \(schema).attachment t JOIN \(schema).case_attachment c ON c.sha256 = t.sha256 "
                    + "WHERE c.case_id IN \(ArchiveFile.cases) ORDER BY c.case_id, c.material_code, c.sha256"
                : "SELECT \(owner) AS archive_owner, t.* FROM \(schema).\"\(table.name)\" t WHERE \(table.rows(schema).replacingOccurrences(of: "document_id IN", with: "t.document_id IN")) ORDER BY archive_owner, \(order)"
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [list])
            while let row = try rows.next() {
                guard let owner = row["archive_owner"] as String?, var hasher = hashers[owner] else { continue }
                add(table.name, row, to: &hasher)
                hashers[owner] = hasher
            }
        }
        return hashers.mapValues { hasher in hasher.finalize().map { String(format: "%02x", $0) }.joined() }
    }

    /// One digest for a batch: the cases' digests in case order.
    static func batchDigest(_ digests: [String: String]) -> String {
        var hasher = SHA256()
        for (caseID, digest) in digests.sorted(by: { $0.key < $1.key }) {
            hasher.update(data: Data("\(caseID)=\(digest);".utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private static func add(_ table: String, _ row: Row, to hasher: inout SHA256) {
        var fields: [(String, DatabaseValue)] = []
        for (column, value) in row where column != "archive_owner" && column != "archived_in" && !value.isNull {
            fields.append((column, value))
        }
        fields.sort { $0.0 < $1.0 }
        hasher.update(data: Data("[\(table)".utf8))
        for (column, value) in fields {
            var bytes = Data("|\(column):".utf8)
            switch value.storage {
            case .null: break
            case let .int64(number): bytes.append(contentsOf: Array("i\(number)".utf8))
            case let .double(number): bytes.append(contentsOf: Array("d\(number.bitPattern)".utf8))
            case let .string(text):
                bytes.append(contentsOf: Array("s\(text.utf8.count):".utf8))
                bytes.append(contentsOf: Array(text.utf8))
            case let .blob(data):
                bytes.append(contentsOf: Array("b\(data.count):".utf8))
                bytes.append(data)
            }
            hasher.update(data: bytes)
        }
        hasher.update(data: Data("]".utf8))
    }
}
