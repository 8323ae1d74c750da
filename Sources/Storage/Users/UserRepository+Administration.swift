import Foundation
import GRDB
import Localization
import Workflow

/// User administration (issue 14): an admin disables and enables accounts, resets passwords and
/// changes posts; everyone changes their own password. Each change is one transaction with its
/// audit record, and the permission is checked here, whatever the screen or command offers.
extension UserRepository {
    /// An admin disables or enables an account. An admin cannot disable their own account, so the
    /// bureau is never left without anyone to enable it again.
    public func setActive(_ id: String, _ active: Bool, by admin: Actor) throws {
        try requireAdmin(admin)
        if !active, id == admin.userID { throw StorageError(AdminPhrases.cannotDisableSelf()) }
        let now = database.clock.now()
        try database.write { db in
            guard let current = try Int.fetchOne(db, sql: "SELECT active FROM user WHERE id = ?", arguments: [id]) else {
                throw StorageError(StoragePhrases.unknownUser(id))
            }
            guard (current != 0) != active else {
                throw StorageError(active ? AdminPhrases.alreadyEnabled(id) : AdminPhrases.alreadyDisabled(id))
            }
            try db.execute(sql: "UPDATE user SET active = ? WHERE id = ?", arguments: [active ? 1 : 0, id])
            try AuditChain.append(kind: active ? "user.enabled" : "user.disabled", body: "{\"user\":\(Self.quoted(id))}",
                                  userID: admin.userID, caseID: nil, eventSeq: nil, at: now, db)
        }
    }

    /// An admin gives a user a new password, which the user must change at their next sign-in.
    /// A reset also lifts a lock: the user was locked out for a password they no longer have.
    public func resetPassword(_ id: String, to password: String, by admin: Actor) throws {
        try requireAdmin(admin)
        guard password.count >= minimumLength else { throw StorageError(StoragePhrases.weakPassword(minimumLength)) }
        let now = database.clock.now()
        let (hash, salt) = try hashed(password)
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [id]) == true else {
                throw StorageError(StoragePhrases.unknownUser(id))
            }
            try store(hash: hash, salt: salt, mustChange: true, for: id, db)
            let secret = Self.secretDigest(hash: hash, salt: salt, parameters: parameters.text)
            try AuditChain.append(kind: "user.passwordReset", body: "{\"secret\":\"\(secret)\",\"user\":\(Self.quoted(id))}",
                                  userID: admin.userID, caseID: nil, eventSeq: nil, at: now, db)
        }
    }

    /// A user changes their own password, proving the current one. Clears a forced change.
    public func changePassword(_ id: String, current: String, new password: String) throws {
        guard password.count >= minimumLength else { throw StorageError(StoragePhrases.weakPassword(minimumLength)) }
        guard password != current else { throw StorageError(AdminPhrases.samePassword()) }
        let stored = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT password_hash, salt, password_params FROM user WHERE id = ? AND active = 1", arguments: [id])
        }
        guard let stored, let storedParameters = PasswordParameters(text: stored["password_params"]),
              PasswordHasher.matches(current, salt: [UInt8](stored["salt"] as Data), hash: [UInt8](stored["password_hash"] as Data),
                                     parameters: storedParameters)
        else { throw StorageError(AdminPhrases.wrongCurrentPassword()) }
        let now = database.clock.now()
        let (hash, salt) = try hashed(password)
        try database.write { db in
            // Changed by someone else between the check and this transaction: the check is void.
            guard let row = try Row.fetchOne(db, sql: "SELECT password_hash, salt FROM user WHERE id = ? AND active = 1", arguments: [id]),
                  (row["password_hash"] as Data) == (stored["password_hash"] as Data), (row["salt"] as Data) == (stored["salt"] as Data)
            else { throw StorageError(AdminPhrases.wrongCurrentPassword()) }
            try store(hash: hash, salt: salt, mustChange: false, for: id, db)
            let secret = Self.secretDigest(hash: hash, salt: salt, parameters: parameters.text)
            try AuditChain.append(kind: "user.passwordChanged", body: "{\"secret\":\"\(secret)\",\"user\":\(Self.quoted(id))}",
                                  userID: id, caseID: nil, eventSeq: nil, at: now, db)
        }
    }

    /// Whether the user must choose a new password before doing anything else (after a reset).
    public func mustChangePassword(_ id: String) throws -> Bool {
        try database.read { try Bool.fetchOne($0, sql: "SELECT must_change_password FROM user WHERE id = ?", arguments: [id]) } ?? false
    }

    /// An admin sets a user's posts: each must be a post of the bureau's definitions in force, at
    /// least one is needed, and the last active admin keeps the admin post.
    public func setPosts(_ id: String, _ posts: [String], by admin: Actor) throws {
        try requireAdmin(admin)
        let known = try definitions.map { try $0.activeSet().set.bureau.posts.map(\.code) } ?? []
        let wanted = Set(posts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        guard !wanted.isEmpty else { throw StorageError(AdminPhrases.noPosts()) }
        if let unknown = wanted.subtracting(known).sorted().first {
            throw StorageError(AdminPhrases.unknownPost(unknown, known.joined(separator: ", ")))
        }
        let now = database.clock.now()
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [id]) == true else {
                throw StorageError(StoragePhrases.unknownUser(id))
            }
            let before = Set(try String.fetchAll(db, sql: "SELECT post FROM user_post WHERE user_id = ?", arguments: [id]))
            guard before != wanted else { throw StorageError(AdminPhrases.postsUnchanged(id)) }
            if before.contains(Self.adminPost), !wanted.contains(Self.adminPost) {
                let others = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM user_post p JOIN user u ON u.id = p.user_id WHERE p.post = ? AND u.active = 1 AND u.id <> ?
                    """, arguments: [Self.adminPost, id]) ?? 0
                guard others > 0 else { throw StorageError(AdminPhrases.lastAdmin()) }
            }
            try db.execute(sql: "DELETE FROM user_post WHERE user_id = ?", arguments: [id])
            for post in wanted.sorted() {
                try db.execute(sql: "INSERT INTO user_post (user_id, post) VALUES (?, ?)", arguments: [id, post])
            }
            try AuditChain.append(kind: "user.posts",
                                  body: "{\"posts\":\"\(wanted.sorted().joined(separator: ","))\",\"previous\":\"\(before.sorted().joined(separator: ","))\",\"user\":\(Self.quoted(id))}",
                                  userID: admin.userID, caseID: nil, eventSeq: nil, at: now, db)
        }
    }

    /// The post that administers users (as `create`, `unlock` and `certify` check it).
    static let adminPost = "admin"

    func requireAdmin(_ admin: Actor) throws {
        guard admin.posts.contains(Self.adminPost) else { throw Rejection([EnginePhrases.notYourPost(Self.adminPost)]) }
    }

    /// The costly scrypt, run before any write transaction so the write lock is not held for it.
    private func hashed(_ password: String) throws -> (hash: [UInt8], salt: [UInt8]) {
        let salt = PasswordHasher.salt()
        return (try PasswordHasher.hash(password, salt: salt, parameters: parameters), salt)
    }

    private func store(hash: [UInt8], salt: [UInt8], mustChange: Bool, for id: String, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE user SET password_hash = ?, salt = ?, password_params = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL
            WHERE id = ?
            """, arguments: [Data(hash), Data(salt), parameters.text, mustChange ? 1 : 0, id])
    }
}
