import Foundation
import GRDB

/// A yearly archive database beside the main one (`NAME.archive-2022.sqlite`) and its tables:
/// copies of the main database's case tables, column for column (SQL written for the main
/// database reads an archive unchanged), plus the batches it received with their link to the
/// main audit chain. The main chain is the authority: each batch's digest is in its
/// `archive.created` record.
enum ArchiveFile {
    /// The tables copied per case, with the columns that key a row (for a resumed copy that must
    /// not duplicate) and which rows belong to the cases given as the JSON array `?`.
    struct Table: Sendable {
        let name: String
        let key: [String]
        let rows: @Sendable (_ schema: String) -> String
    }

    static let cases = "(SELECT value FROM json_each(?))"

    static let tables: [Table] = [
        Table(name: "case", key: ["id"]) { _ in "id IN \(cases)" },
        Table(name: "case_event", key: ["case_id", "seq"]) { _ in "case_id IN \(cases)" },
        Table(name: "document", key: ["id"]) { _ in "case_id IN \(cases)" },
        Table(name: "document_print", key: ["id"]) { schema in "document_id IN (SELECT id FROM \(schema).document WHERE case_id IN \(cases))" },
        Table(name: "case_attachment", key: ["case_id", "material_code", "sha256"]) { _ in "case_id IN \(cases)" },
        Table(name: "attachment", key: ["sha256"]) { schema in "sha256 IN (SELECT sha256 FROM \(schema).case_attachment WHERE case_id IN \(cases))" },
        Table(name: "audit", key: ["seq"]) { _ in "case_id IN \(cases)" },
    ]

    /// The archive of `year` beside the database at `path`.
    static func path(for year: Int, beside path: String) -> String {
        let base = path.hasSuffix(".sqlite") ? String(path.dropLast(".sqlite".count)) : path
        return "\(base).archive-\(year).sqlite"
    }

    /// The file's name alone, as the audit records and messages give it.
    static func name(for year: Int, beside path: String) -> String {
        (self.path(for: year, beside: path) as NSString).lastPathComponent
    }

    /// Makes the attached archive `schema` ready to receive copies from `main`: its tables with
    /// every column the main tables have now (a column added by a later migration is added to an
    /// older archive too), its keys, and its own tables.
    static func prepare(_ schema: String, _ db: Database) throws {
        for table in tables {
            let mainColumns = try columns(of: table.name, in: "main", db)
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(schema).\"\(table.name)\" AS SELECT * FROM main.\"\(table.name)\" WHERE 0")
            let archived = Set(try columns(of: table.name, in: schema, db))
            for column in mainColumns where !archived.contains(column) {
                try db.execute(sql: "ALTER TABLE \(schema).\"\(table.name)\" ADD COLUMN \"\(column)\"")
            }
            let key = table.key.map { "\"\($0)\"" }.joined(separator: ", ")
            try db.execute(sql: "CREATE UNIQUE INDEX IF NOT EXISTS \(schema).\"archive_key_\(table.name)\" ON \"\(table.name)\"(\(key))")
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS \(schema).archive_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS \(schema).archive_batch (
                digest TEXT PRIMARY KEY NOT NULL,
                cases TEXT NOT NULL,
                head_seq INTEGER NOT NULL,
                head_hash TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE INDEX IF NOT EXISTS \(schema).archive_event_by_case ON case_event(case_id);
            CREATE INDEX IF NOT EXISTS \(schema).archive_document_by_case ON document(case_id);
            CREATE INDEX IF NOT EXISTS \(schema).archive_attachment_by_case ON case_attachment(case_id);
            CREATE INDEX IF NOT EXISTS \(schema).archive_audit_by_case ON audit(case_id);
            """)
    }

    /// The columns of `table` in `schema`, in their order.
    static func columns(of table: String, in schema: String, _ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA \(schema).table_info(\"\(table)\")").map { $0["name"] as String }
    }

    /// Copies the rows of `caseIDs` from `main` into `schema`; rows already there (a run resumed
    /// after a kill) are left as they are and compared by the digest afterwards.
    static func copy(_ caseIDs: [String], into schema: String, _ db: Database) throws {
        let list = caseList(caseIDs)
        for table in tables {
            let names = try columns(of: table.name, in: "main", db).map { "\"\($0)\"" }.joined(separator: ", ")
            try db.execute(sql: "INSERT OR IGNORE INTO \(schema).\"\(table.name)\" (\(names)) SELECT \(names) FROM main.\"\(table.name)\" WHERE \(table.rows("main"))",
                           arguments: [list])
        }
    }

    /// The case ids as the JSON array the statements take.
    static func caseList(_ caseIDs: [String]) -> String {
        "[" + caseIDs.map(UserRepository.quoted).joined(separator: ",") + "]"
    }
}
