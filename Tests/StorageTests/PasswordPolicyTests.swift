import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Passwords in production: OWASP's scrypt cost stored beside each hash, old hashes upgraded at
/// sign-in, 8 characters at least, unknown names as slow as wrong passwords, bounded records of
/// what was typed, locks that run out in real time and that an admin can lift (issue 11).
@Suite struct PasswordPolicyTests {
    static let admin = Actor(userID: "admin", name: "管理员", posts: ["admin"])

    static func params(_ store: PowerDeskStore, _ id: String) throws -> String? {
        try store.database.pool.read { try String.fetchOne($0, sql: "SELECT password_params FROM user WHERE id = ?", arguments: [id]) }
    }

    @Test func productionHashesUseTheStandardCostAndAtLeastEightCharacters() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        #expect(try Self.params(store, "admin") == "scrypt:131072:8:1")
        #expect(throws: StorageError(StoragePhrases.weakPassword(8))) {
            try store.users.create(id: "clerk2", name: "窗口二", section: "office", posts: ["clerk"], password: "1234567", by: Self.admin)
        }
        try store.users.create(id: "clerk2", name: "窗口二", section: "office", posts: ["clerk"], password: "12345678", by: Self.admin)
        #expect(try store.users.authenticate("clerk2", password: "12345678").userID == "clerk2")
        #expect(StorageError(StoragePhrases.weakPassword(8)).message.text(.en) == "the password is too short: at least 8 characters")

        let demo = try StoreFixture().demo()
        #expect(try Self.params(demo, "clerk") == "scrypt:16384:8:1")
        try demo.users.create(id: "trainee", name: "学员", section: "office", posts: ["clerk"], password: "demo", by: Self.admin)
    }

    @Test func anOldHashStillVerifiesAndIsUpgradedAtTheNextSignIn() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        let salt = PasswordHasher.salt()
        let old = try PasswordHasher.hash("secret-1", salt: salt, parameters: .light)
        try store.database.pool.write { db in
            try db.execute(sql: "UPDATE user SET password_hash = ?, salt = ?, password_params = 'scrypt:16384:8:1' WHERE id = 'admin'",
                           arguments: [Data(old), Data(salt)])
        }
        #expect(throws: StorageError(StoragePhrases.badLogin())) { try store.users.authenticate("admin", password: "secret-2") }
        #expect(try Self.params(store, "admin") == "scrypt:16384:8:1", "a wrong password upgrades nothing")
        #expect(try store.users.authenticate("admin", password: "secret-1").userID == "admin")
        #expect(try Self.params(store, "admin") == "scrypt:131072:8:1")
        let stored = try store.database.pool.read { try Data.fetchOne($0, sql: "SELECT password_hash FROM user WHERE id = 'admin'") }
        #expect(stored != Data(old))
        #expect(try store.users.authenticate("admin", password: "secret-1").userID == "admin")
        let bodies = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = 'user.login' ORDER BY seq") }
        #expect(bodies.filter { $0.contains("rehashed") }.count == 1)
        #expect(try store.verify().isIntact)
    }

    @Test func anUnknownNameTakesAsLongAsAWrongPassword() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        func seconds(_ body: () -> Void) -> TimeInterval {
            let start = Date()
            body()
            return Date().timeIntervalSince(start)
        }
        var wrong: [TimeInterval] = [], unknown: [TimeInterval] = []
        for round in 0..<2 {
            wrong.append(seconds { _ = try? store.users.authenticate("admin", password: "wrong-\(round)") })
            unknown.append(seconds { _ = try? store.users.authenticate("nobody-\(round)", password: "wrong") })
        }
        // Before: an unknown name answered in about a millisecond, a wrong password after a full hash.
        #expect(unknown.min()! > wrong.max()! * 0.5, "unknown \(unknown), wrong \(wrong)")
    }

    @Test func theRecordOfAFailedSignInHoldsABoundedName() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let typed = String(repeating: "猜", count: 100_000)
        #expect(throws: StorageError(StoragePhrases.badLogin())) { try store.users.authenticate(typed, password: "x") }
        let row = try #require(try store.database.pool.read { try Row.fetchOne($0, sql: "SELECT user_id, body FROM audit ORDER BY seq DESC LIMIT 1") })
        #expect((row["user_id"] as String) == String(repeating: "猜", count: UserRepository.recordedNameLength))
        #expect((row["body"] as String).count < 100)
    }

    @Test func aLockRunsOutInRealTimeEvenOnAFixedClockAndAnAdminCanLiftIt() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        for _ in 0..<UserRepository.maxFailures { _ = try? store.users.authenticate("clerk", password: "wrong") }
        #expect(throws: StorageError(StoragePhrases.accountLocked(UserRepository.lockMinutes))) { try store.users.authenticate("clerk", password: "demo") }
        let until = try #require(try store.database.pool.read { try Double.fetchOne($0, sql: "SELECT locked_until FROM user WHERE id = 'clerk'") })
        #expect(abs(until - (Date().timeIntervalSince1970 + Double(UserRepository.lockMinutes * 60))) < 60, "the lock runs in real time, not from the fixed 2026-03-16")

        #expect(throws: Rejection.self, "only an admin unlocks") { try store.users.unlock("clerk", by: StoreFixture.clerk) }
        try store.users.unlock("clerk", by: Self.admin)
        #expect(try store.users.authenticate("clerk", password: "demo").userID == "clerk")
        #expect(throws: StorageError(StoragePhrases.userNotLocked("clerk"))) { try store.users.unlock("clerk", by: Self.admin) }
        #expect(throws: StorageError(StoragePhrases.unknownUser("nobody"))) { try store.users.unlock("nobody", by: Self.admin) }
        let unlocked = try store.database.pool.read { try Row.fetchAll($0, sql: "SELECT user_id, body FROM audit WHERE kind = 'user.unlocked'") }
        #expect(unlocked.count == 1)
        #expect(unlocked.first.map { $0["user_id"] as String } == "admin")

        // A lock whose real time has passed no longer holds, though the demo's clock never moves.
        for _ in 0..<UserRepository.maxFailures { _ = try? store.users.authenticate("clerk", password: "wrong") }
        try store.database.pool.write { try $0.execute(sql: "UPDATE user SET locked_until = ? WHERE id = 'clerk'", arguments: [Date().timeIntervalSince1970 - 1]) }
        #expect(try store.users.authenticate("clerk", password: "demo").userID == "clerk")
        #expect(try store.verify().isIntact)
    }
}
