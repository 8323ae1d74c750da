import Foundation
import GRDB
import Localization
import Workflow

/// Users, their posts and sections, and logging in with a lockout after repeated failures.
public final class UserRepository: UserStore {
    let database: PowerDeskDatabase

    /// Failed attempts before the account locks, and for how long.
    public static let maxFailures = 5
    public static let lockMinutes = 15
    /// The shortest password: 8 characters in production; 4 in demo and training databases,
    /// whose accounts share the published password "demo".
    public static let minimumPasswordLength = 8
    public static let demoMinimumPasswordLength = 4
    /// The longest user name a failed sign-in records as typed: enough for any real name, small
    /// enough that guessing with megabyte names cannot bloat the audit trail.
    public static let recordedNameLength = 64

    /// The definitions in force, for the posts an admin may give.
    let definitions: DefinitionRepository?

    init(database: PowerDeskDatabase, definitions: DefinitionRepository? = nil) {
        self.database = database
        self.definitions = definitions
    }

    var parameters: PasswordParameters { PasswordParameters.for(database.kind) }

    public var minimumLength: Int { database.kind == .production ? Self.minimumPasswordLength : Self.demoMinimumPasswordLength }

    static func validName(_ name: String) -> Bool {
        (1...32).contains(name.count) && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._-".unicodeScalars.contains($0) }
    }

    func create(id: String, name: String, section: String, posts: [String], password: String, by creator: String, at: Date, _ db: Database) throws {
        guard Self.validName(id) else { throw StorageError(StoragePhrases.badUserName(id)) }
        guard password.count >= minimumLength else { throw StorageError(StoragePhrases.weakPassword(minimumLength)) }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [id]) == true {
            throw StorageError(StoragePhrases.userExists(id))
        }
        let salt = PasswordHasher.salt()
        let hash = try PasswordHasher.hash(password, salt: salt, parameters: parameters)
        try db.execute(sql: "INSERT INTO user (id, name, section, password_hash, salt, password_params, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [id, name, section, Data(hash), Data(salt), parameters.text, at.timeIntervalSince1970])
        for post in Set(posts) {
            try db.execute(sql: "INSERT INTO user_post (user_id, post) VALUES (?, ?)", arguments: [id, post])
        }
        let secret = Self.secretDigest(hash: hash, salt: salt, parameters: parameters.text)
        try AuditChain.append(kind: "user.created", body: "{\"user\":\"\(id)\",\"posts\":\"\(Set(posts).sorted().joined(separator: ","))\",\"secret\":\"\(secret)\"}",
                              userID: creator, caseID: nil, eventSeq: nil, at: at, db)
    }

    /// An admin adds a user; permissions are checked here, not only hidden on the screen.
    public func create(id: String, name: String, section: String, posts: [String], password: String, by admin: Actor) throws {
        guard admin.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        try create(id: id, name: name, section: section, posts: posts, password: password, by: admin.userID)
    }

    public func create(id: String, name: String, section: String, posts: [String], password: String, by creator: String) throws {
        let at = database.clock.now()
        try database.write { try create(id: id, name: name, section: section, posts: posts, password: password, by: creator, at: at, $0) }
    }

    /// The actor for a user name and password, or why not. Every attempt is audited; the
    /// failure count and lock are written in the same transaction as the outcome.
    ///
    /// The costly hash runs before the write transaction, so a sign-in never holds the write lock
    /// for the length of a scrypt; the transaction then checks that the row it was compared with
    /// is still the stored one. An unknown or disabled name is hashed against a dummy, so the time
    /// taken does not tell which names exist. Locks run in real time, not the desk's clock: a
    /// demo's fixed clock would otherwise never let a lock expire.
    public func authenticate(_ id: String, password: String) throws -> Actor {
        let now = database.clock.now()
        let realNow = Date().timeIntervalSince1970
        let recordedName = Self.quoted(String(id.prefix(Self.recordedNameLength)))
        let target = parameters
        let stored = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT password_hash, salt, password_params FROM user WHERE id = ? AND active = 1", arguments: [id])
        }
        var matched = false
        var upgrade: (hash: [UInt8], salt: [UInt8])?
        if let stored, let storedParameters = PasswordParameters(text: stored["password_params"]) {
            matched = PasswordHasher.matches(password, salt: [UInt8](stored["salt"] as Data), hash: [UInt8](stored["password_hash"] as Data),
                                             parameters: storedParameters)
            if matched, storedParameters != target {
                let salt = PasswordHasher.salt()
                upgrade = (try PasswordHasher.hash(password, salt: salt, parameters: target), salt)
            }
        } else {
            PasswordHasher.checkAgainstDummy(password, parameters: target)
        }
        let outcome: Result<Actor, StorageError> = try database.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id]) else {
                try AuditChain.append(kind: "user.loginFailed", body: "{\"user\":\(recordedName)}", userID: String(id.prefix(Self.recordedNameLength)),
                                      caseID: nil, eventSeq: nil, at: now, db)
                return .failure(StorageError(StoragePhrases.badLogin()))
            }
            if (row["active"] as Int) == 0 { return .failure(StorageError(StoragePhrases.accountDisabled())) }
            if let until: Double = row["locked_until"], until > realNow {
                let minutes = Int(((until - realNow) / 60).rounded(.up))
                return .failure(StorageError(StoragePhrases.accountLocked(max(1, minutes))))
            }
            // The password changed between the check and this transaction: the check is void.
            let unchanged = stored.map { ($0["password_hash"] as Data) == (row["password_hash"] as Data) && ($0["salt"] as Data) == (row["salt"] as Data) } ?? false
            guard matched, unchanged else {
                let failures = (row["failed_attempts"] as Int) + 1
                let lock = failures >= Self.maxFailures ? realNow + Double(Self.lockMinutes * 60) : nil
                try db.execute(sql: "UPDATE user SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                               arguments: [lock == nil ? failures : 0, lock, id])
                try AuditChain.append(kind: lock == nil ? "user.loginFailed" : "user.locked", body: "{\"user\":\(Self.quoted(id))}",
                                      userID: id, caseID: nil, eventSeq: nil, at: now, db)
                if lock != nil { return .failure(StorageError(StoragePhrases.accountLocked(Self.lockMinutes))) }
                return .failure(StorageError(StoragePhrases.badLogin()))
            }
            try db.execute(sql: "UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [id])
            var body = "{\"user\":\(Self.quoted(id))}"
            if let upgrade {
                try db.execute(sql: "UPDATE user SET password_hash = ?, salt = ?, password_params = ? WHERE id = ?",
                               arguments: [Data(upgrade.hash), Data(upgrade.salt), target.text, id])
                let secret = Self.secretDigest(hash: upgrade.hash, salt: upgrade.salt, parameters: target.text)
                body = "{\"user\":\(Self.quoted(id)),\"rehashed\":\(Self.quoted(target.text)),\"secret\":\"\(secret)\"}"
            }
            try AuditChain.append(kind: "user.login", body: body, userID: id, caseID: nil, eventSeq: nil, at: now, db)
            return .success(try Self.actor(row, db))
        }
        return try outcome.get()
    }

    /// An admin lifts a lock (and clears the failure count) before it runs out, in one audited
    /// transaction. The permission is checked here, whatever the screen or command offers.
    public func unlock(_ id: String, by admin: Actor) throws {
        guard admin.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        let now = database.clock.now()
        try database.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT failed_attempts, locked_until FROM user WHERE id = ?", arguments: [id]) else {
                throw StorageError(StoragePhrases.unknownUser(id))
            }
            let locked = (row["locked_until"] as Double?).map { $0 > Date().timeIntervalSince1970 } ?? false
            guard locked || (row["failed_attempts"] as Int) > 0 else { throw StorageError(StoragePhrases.userNotLocked(id)) }
            try db.execute(sql: "UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [id])
            try AuditChain.append(kind: "user.unlocked", body: "{\"user\":\(Self.quoted(id))}", userID: admin.userID, caseID: nil, eventSeq: nil, at: now, db)
        }
    }

    /// The section (处室) a user belongs to, for the 在办 tab.
    public func section(of id: String) throws -> String {
        try database.read { try String.fetchOne($0, sql: "SELECT section FROM user WHERE id = ?", arguments: [id]) } ?? ""
    }

    /// Every active user, for choosing fellow officers.
    public func all() throws -> [Actor] {
        try database.read { db in
            let officers = try Self.officers(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM user WHERE active = 1 ORDER BY id").map { try Self.actor($0, db, officers: officers) }
        }
    }

    public func actor(_ id: String) throws -> Actor? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user WHERE id = ? AND active = 1", arguments: [id]) else { return nil }
            return try Self.actor(row, db)
        }
    }

    static func actor(_ row: Row, _ db: Database, officers: [String: OfficerCredential]? = nil) throws -> Actor {
        let id: String = row["id"]
        let posts = try String.fetchAll(db, sql: "SELECT post FROM user_post WHERE user_id = ?", arguments: [id])
        return Actor(userID: id, name: row["name"], posts: Set(posts), officers: try officers ?? Self.officers(db))
    }

    /// Every active user holding an enforcement certificate, with their posts: whom an actor may
    /// name as a fellow officer. The engine decides who qualifies on the day (validity, posts).
    static func officers(_ db: Database) throws -> [String: OfficerCredential] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, name, certificate_number, certificate_valid_until FROM user
            WHERE active = 1 AND certificate_number IS NOT NULL AND certificate_valid_until IS NOT NULL
            """)
        var officers: [String: OfficerCredential] = [:]
        for row in rows {
            let id: String = row["id"]
            guard let until = CivilDate(iso: row["certificate_valid_until"]) else { continue }
            let posts = try String.fetchAll(db, sql: "SELECT post FROM user_post WHERE user_id = ?", arguments: [id])
            officers[id] = OfficerCredential(userID: id, name: row["name"], posts: Set(posts),
                                             certificate: EnforcementCertificate(number: row["certificate_number"], validUntil: until))
        }
        return officers
    }

    /// An admin records (or renews) a user's enforcement certificate, in one audited transaction.
    public func certify(_ id: String, number: String, validUntil: CivilDate, by admin: Actor) throws {
        guard admin.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        let now = database.clock.now()
        try database.write { try certify(id, number: number, validUntil: validUntil, by: admin.userID, at: now, $0) }
    }

    func certify(_ id: String, number: String, validUntil: CivilDate, by creator: String, at: Date, _ db: Database) throws {
        let number = number.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...32).contains(number.count), number.unicodeScalars.allSatisfy({ $0.isASCII && CharacterSet.alphanumerics.contains($0) || $0 == "-" }) else {
            throw StorageError(StoragePhrases.badCertificateNumber(number))
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [id]) == true else {
            throw StorageError(StoragePhrases.unknownUser(id))
        }
        try db.execute(sql: "UPDATE user SET certificate_number = ?, certificate_valid_until = ? WHERE id = ?",
                       arguments: [number, validUntil.description, id])
        try AuditChain.append(kind: "user.certified",
                              body: "{\"number\":\(Self.quoted(number)),\"until\":\"\(validUntil)\",\"user\":\(Self.quoted(id))}",
                              userID: creator, caseID: nil, eventSeq: nil, at: at, db)
    }

    /// A digest of a stored password (hash, salt and parameters), carried by the audit record of
    /// every change to it: a password reset with the sqlite3 shell no longer matches the trail.
    /// It reveals nothing of the password: the scrypt hash is already one-way.
    static func secretDigest(hash: [UInt8], salt: [UInt8], parameters: String?) -> String {
        var digest = ChainDigest()
        hash.withUnsafeBytes { digest.field($0) }
        salt.withUnsafeBytes { digest.field($0) }
        digest.field(parameters ?? "")
        return digest.hex()
    }

    /// A JSON string as Foundation's `JSONEncoder` writes it (slashes escaped, as audit bodies
    /// have always had them), without a whole encoder per string: documents call this on the
    /// commit path.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in JSONSlot.quoted(text) {
            if byte == UInt8(ascii: "/") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
