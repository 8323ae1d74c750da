import Crypto
import Foundation
import GRDB
import Localization
import Workflow

/// Scans, evidence and transcripts (R17), stored once per content (SHA-256) however many cases
/// cite them, up to a configurable size.
public final class AttachmentRepository: AttachmentStore {
    let database: PowerDeskDatabase
    public static let defaultMaximumBytes = 20 * 1024 * 1024

    init(database: PowerDeskDatabase) {
        self.database = database
    }

    public var maximumBytes: Int {
        (try? database.read { try MetaTable.get("attachment_max_bytes", $0) }).flatMap { $0.flatMap(Int.init) } ?? Self.defaultMaximumBytes
    }

    /// Attaches a file to a case's material; returns its SHA-256. Refuses empty and oversized files.
    @discardableResult
    public func attach(_ data: Data, name: String, material: String, to caseID: String, by actor: Actor) throws -> String {
        let limit = maximumBytes
        guard !data.isEmpty else { throw StorageError(StoragePhrases.attachmentEmpty()) }
        guard data.count <= limit else { throw StorageError(StoragePhrases.attachmentTooLarge(data.count, limit)) }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let at = EventCoding.truncate(database.clock.now())
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM \"case\" WHERE id = ?", arguments: [caseID]) == true else {
                throw StorageError(StoragePhrases.unknownCase(caseID))
            }
            try db.execute(sql: "INSERT INTO attachment (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                           arguments: [digest, data.count, data])
            try db.execute(sql: "INSERT INTO case_attachment (case_id, material_code, sha256, name, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           arguments: [caseID, material, digest, name, at.timeIntervalSince1970, actor.userID])
            let body = "{\"material\":\(UserRepository.quoted(material)),\"name\":\(UserRepository.quoted(name)),\"sha256\":\"\(digest)\",\"size\":\(data.count)}"
            try AuditChain.append(kind: "attachment.added", body: body, userID: actor.userID, caseID: caseID, eventSeq: nil, at: at, db)
        }
        return digest
    }

    public func data(_ sha256: String) throws -> Data? {
        try database.read { try Data.fetchOne($0, sql: "SELECT data FROM attachment WHERE sha256 = ?", arguments: [sha256]) }
    }
}
