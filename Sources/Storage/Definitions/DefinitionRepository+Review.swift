import Foundation
import GRDB
import Localization
import Workflow

/// The legal post's review of drafts (R3, issue 14): the change seen as a diff of every file,
/// a rejection with its reason, and a new item (a 41st power) filed as a draft like an edit.
extension DefinitionRepository {
    /// Every file of a draft that differs from the version in force, added, changed or removed.
    public func diff(_ version: Int64) throws -> [DraftFileDiff] {
        try database.read { db in
            guard try String.fetchOne(db, sql: "SELECT status FROM definition_version WHERE id = ?", arguments: [version]) != nil else {
                throw StorageError(StoragePhrases.unknownVersion(version))
            }
            let active = try activeVersion(db)
            let files = { (id: Int64) in
                Dictionary(try Row.fetchAll(db, sql: "SELECT path, text FROM definition_file WHERE version_id = ?", arguments: [id])
                    .map { ($0["path"] as String, $0["text"] as String) }, uniquingKeysWith: { a, _ in a })
            }
            return Self.diff(inForce: try files(active), inForceVersion: active, draft: try files(version), draftVersion: version)
        }
    }

    /// The pure part of `diff`: two snapshots' files compared by path.
    static func diff(inForce: [String: String], inForceVersion: Int64, draft: [String: String], draftVersion: Int64) -> [DraftFileDiff] {
        Set(inForce.keys).union(draft.keys).sorted().compactMap { path in
            let old = inForce[path]
            let new = draft[path]
            guard old != new else { return nil }
            let lines = UnifiedDiff.lines(old: old ?? "", new: new ?? "", oldName: old == nil ? "/dev/null" : "v\(inForceVersion)/\(path)",
                                          newName: new == nil ? "/dev/null" : "v\(draftVersion)/\(path)")
            return DraftFileDiff(path: path, change: old == nil ? .added : new == nil ? .removed : .changed, lines: lines)
        }
    }

    /// The legal post refuses a draft, saying why; the admin sees the reason with the draft.
    public func reject(_ version: Int64, reason: String, by actor: Actor) throws {
        guard actor.posts.contains("legal") else { throw Rejection([EnginePhrases.notYourPost("legal")]) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StorageError(AdminPhrases.rejectionReasonMissing()) }
        let at = database.clock.now()
        try database.write { db in
            guard try String.fetchOne(db, sql: "SELECT status FROM definition_version WHERE id = ?", arguments: [version]) == "draft" else {
                throw StorageError(AdminPhrases.notADraft(version))
            }
            try db.execute(sql: "UPDATE definition_version SET status = 'rejected', rejected_reason = ?, rejected_by = ?, rejected_at = ? WHERE id = ?",
                           arguments: [reason, actor.userID, at.timeIntervalSince1970, version])
            try AuditChain.append(kind: "definitions.rejected", body: "{\"reason\":\(UserRepository.quoted(reason)),\"version\":\(version)}",
                                  userID: actor.userID, caseID: nil, eventSeq: nil, at: at, db)
        }
    }

    /// Drafts the legal post rejected, latest first.
    public func rejections() throws -> [DraftRejection] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, note, created_by, rejected_reason, rejected_by, rejected_at FROM definition_version
                WHERE status = 'rejected' AND rejected_at IS NOT NULL ORDER BY rejected_at DESC, id DESC
                """).map { row in
                DraftRejection(version: row["id"], note: row["note"], createdBy: row["created_by"], reason: row["rejected_reason"],
                               rejectedBy: row["rejected_by"], rejectedOn: CivilDate.inShanghai(Date(timeIntervalSince1970: row["rejected_at"])))
            }
        }
    }

    /// An admin files a new file (a new item's definition, a new template) as a draft: the
    /// version in force plus that file. A path the version in force already has is an edit, not
    /// an addition, and is refused; the draft is validated whole, as every draft is.
    public func proposeAddition(_ file: SourceFile, note: String, by actor: Actor) throws -> Int64 {
        guard actor.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        let current = try sources(version: try activeVersion())
        if current.contains(where: { $0.path == file.path }) { throw StorageError(AdminPhrases.fileExists(file.path)) }
        return try proposeDraft(current + [file], note: note, lawChangedOn: nil, by: actor)
    }
}
