import Foundation
import GRDB
import Localization
import Workflow

/// Marks a case secret: nothing of it is published from then on (政府信息公开条例 第14条). Only the
/// posts the bureau file names may do it (`disclosure.secret-posts`), checked here against the
/// user's posts as stored, not as a desk claims them; one transaction with its audit record.
enum CaseSecrecy {
    static let auditKind = "case.secret"

    static func mark(_ caseID: String, reason: String, userID: String, definitions: DefinitionRepository, at: Date, _ db: Database) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM \"case\" WHERE id = ?", arguments: [caseID]) == true else {
            throw StorageError(StoragePhrases.unknownCase(caseID))
        }
        let bureau = try definitions.set(version: definitions.activeVersion(db), db).bureau
        guard let policy = bureau.disclosure else { throw StorageError(PublicPhrases.noDisclosurePolicy()) }
        let posts = try String.fetchAll(db, sql: "SELECT p.post FROM user_post p JOIN user u ON u.id = p.user_id WHERE p.user_id = ? AND u.active = 1",
                                        arguments: [userID])
        guard allowed(posts: posts, policy: policy) else {
            let names = policy.secretPosts.map { bureau.post($0)?.name ?? $0 }.joined(separator: "、")
            throw StorageError(PublicPhrases.secretNotAllowed(names))
        }
        guard !reason.isEmpty else { throw StorageError(PublicPhrases.secretNeedsReason()) }
        guard reason.count <= 500 else { throw StorageError(PublicPhrases.secretReasonTooLong(500)) }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM case_secret WHERE case_id = ?", arguments: [caseID]) == true {
            throw StorageError(PublicPhrases.secretAlready(caseID))
        }
        try db.execute(sql: "INSERT INTO case_secret (case_id, reason, marked_by, marked_at) VALUES (?, ?, ?, ?)",
                       arguments: [caseID, reason, userID, at.timeIntervalSince1970])
        let body = "{\"case\":\"\(caseID)\",\"basis\":\(UserRepository.quoted(policy.secretBasis)),\"reason\":\(UserRepository.quoted(reason))}"
        try PublicRecorder.touch(caseID, secret: true, db)
        try AuditChain.append(kind: auditKind, body: body, userID: userID, caseID: caseID, eventSeq: nil, at: at, db)
        return policy.secretBasis
    }

    /// Whether a user holding `posts` may mark a case secret under `policy`.
    static func allowed(posts: [String], policy: DisclosurePolicy) -> Bool {
        !Set(posts).isDisjoint(with: policy.secretPosts)
    }
}
