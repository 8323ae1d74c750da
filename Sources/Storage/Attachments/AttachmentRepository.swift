import Crypto
import Foundation
import GRDB
import Localization
import Workflow

/// Scans, evidence and transcripts (R17), stored once per content (SHA-256) however many cases
/// cite them, up to a configurable size. A file filed under a material of the item makes the
/// material count as received, in the same transaction (R9's completeness check sees both a
/// paper original and a file).
public final class AttachmentRepository: AttachmentStore {
    let database: PowerDeskDatabase
    let cases: CaseService
    public static let defaultMaximumBytes = 20 * 1024 * 1024

    init(database: PowerDeskDatabase, cases: CaseService) {
        self.database = database
        self.cases = cases
    }

    public var maximumBytes: Int {
        (try? database.read { try MetaTable.get("attachment_max_bytes", $0) }).flatMap { $0.flatMap(Int.init) } ?? Self.defaultMaximumBytes
    }

    /// Files `data` under a material of the case's item, or (`evidence`) under an evidence entry
    /// of that label. Refused: empty, oversized, a program or an unknown format, an entry that is
    /// not a material, a read-only post, a post with no part in the case's current step, a
    /// concluded case.
    @discardableResult
    public func attach(_ data: Data, name: String, material: String, evidence: Bool, to caseID: String, by actor: Actor) throws -> AttachmentResult {
        let limit = maximumBytes
        guard !data.isEmpty else { throw StorageError(StoragePhrases.attachmentEmpty()) }
        guard data.count <= limit else { throw StorageError(StoragePhrases.attachmentTooLarge(data.count, limit)) }
        let kind: FileKind
        switch FileKind.detect(data) {
        case let .accepted(detected): kind = detected
        case let .program(what): throw StorageError(CaseFilePhrases.program(name, what))
        case .unknown: throw StorageError(CaseFilePhrases.unknownKind(name, FileKind.allCases.map(\.label).joined(separator: "、")))
        }
        let entry = material.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !entry.isEmpty else { throw StorageError(CaseFilePhrases.entryRequired()) }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let at = EventCoding.truncate(database.clock.now())
        let calendar = try cases.definitions.calendar()
        var recorded = false
        let repeated = try database.write { db -> Bool in
            let state = try cases.loadState(caseID, db)
            let set = try cases.definitions.set(version: Int64(state.flowVersion), db)
            let engine = CaseEngine(definitions: set, calendar: calendar)
            let readOnly = set.bureau.posts.filter(\.readOnly).map(\.code)
            if !actor.posts.isEmpty, actor.posts.isSubset(of: Set(readOnly)) { throw StorageError(CaseFilePhrases.readOnlyPost()) }
            if state.isClosed { throw StorageError(CaseFilePhrases.caseClosed()) }
            let reasons = engine.fileReasons(state, by: actor)
            guard reasons.isEmpty else { throw Rejection(reasons) }
            if !evidence {
                let materials = set.item(state.itemCode)?.materials ?? []
                guard materials.contains(where: { $0.code == entry }) else {
                    throw StorageError(CaseFilePhrases.notMaterial(entry, materials.map { "\($0.code)（\($0.name)）" }.joined(separator: "、")))
                }
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM case_attachment WHERE case_id = ? AND material_code = ? AND sha256 = ?",
                                 arguments: [caseID, entry, digest]) == true {
                return true
            }
            try db.execute(sql: "INSERT INTO attachment (sha256, size, data, kind) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                           arguments: [digest, data.count, data, kind.rawValue])
            try db.execute(sql: """
                INSERT INTO case_attachment (case_id, material_code, sha256, name, added_at, added_by, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [caseID, entry, digest, name, at.timeIntervalSince1970, actor.userID, evidence])
            let body = "{\"evidence\":\(evidence),\"kind\":\"\(kind.rawValue)\",\"material\":\(UserRepository.quoted(entry)),"
                + "\"name\":\(UserRepository.quoted(name)),\"sha256\":\"\(digest)\",\"size\":\(data.count)}"
            try AuditChain.append(kind: "attachment.added", body: body, userID: actor.userID, caseID: caseID, eventSeq: nil, at: at, db)
            // The material's first file is its receipt: recorded as the engine records a paper one.
            if !evidence, (state.materials[entry] ?? 0) == 0 {
                _ = try cases.change(caseID, expectedRevision: nil, request: nil, at: at, calendar: calendar, db) { engine, state, at, _ in
                    engine.addMaterials([entry: 1], to: state, by: actor, at: at)
                }
                recorded = true
            }
            return false
        }
        if recorded { cases.states.forget(caseID) }
        let file = AttachedFile(sha256: digest, name: name, kind: kind, size: data.count, entry: entry, isEvidence: evidence, addedAt: at, addedBy: actor.userID)
        return AttachmentResult(file: file, repeated: repeated, materialRecorded: recorded)
    }

    /// The earlier form: a material, never evidence; returns the digest.
    @discardableResult
    public func attach(_ data: Data, name: String, material: String, to caseID: String, by actor: Actor) throws -> String {
        try attach(data, name: name, material: material, evidence: false, to: caseID, by: actor).file.sha256
    }

    /// A case's files in the order they were filed.
    public func files(_ caseID: String) throws -> [AttachedFile] {
        try ArchivedReads.read(caseID, database) { db in
            try Row.fetchAll(db, sql: """
                SELECT c.sha256, c.name, c.material_code, c.evidence, c.added_at, c.added_by, a.size, a.kind
                FROM case_attachment c JOIN attachment a ON a.sha256 = c.sha256 WHERE c.case_id = ? ORDER BY c.added_at, c.rowid
                """, arguments: [caseID]).map { row in
                AttachedFile(sha256: row["sha256"], name: row["name"], kind: FileKind(rawValue: row["kind"] ?? ""), size: row["size"],
                             entry: row["material_code"], isEvidence: row["evidence"], addedAt: Date(timeIntervalSince1970: row["added_at"]),
                             addedBy: row["added_by"])
            }
        }
    }

    public func data(_ sha256: String) throws -> Data? {
        try database.read { try Data.fetchOne($0, sql: "SELECT data FROM attachment WHERE sha256 = ?", arguments: [sha256]) } ?? ArchivedReads.data(sha256, database)
    }

    /// Every stored file still hashes to its key and has its size: the first that does not.
    static func contentMismatch(_ db: Database) throws -> String? {
        let rows = try Row.fetchCursor(db, sql: "SELECT sha256, size, data FROM attachment ORDER BY sha256")
        while let row = try rows.next() {
            let key: String = row["sha256"]
            let data: Data = row["data"] ?? Data()
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            if digest != key || (row["size"] as Int?) != data.count { return key }
        }
        return nil
    }

    /// A case's file with no audit record of its filing (inserted with the sqlite3 shell).
    static func unaudited(_ db: Database) throws -> (caseID: String, sha256: String)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.case_id, c.sha256 FROM case_attachment c
            WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.kind = 'attachment.added' AND a.case_id = c.case_id
                              AND json_valid(a.body) AND json_extract(a.body, '$.sha256') = c.sha256
                              AND json_extract(a.body, '$.material') = c.material_code)
            LIMIT 1
            """) else { return nil }
        return (row["case_id"], row["sha256"])
    }
}
