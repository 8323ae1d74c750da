import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

@Suite struct UserAndAttachmentTests {
    @Test func loginWorksAndRepeatedFailuresLockTheAccount() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let admin = try store.users.authenticate("admin", password: "secret-1")
        #expect(admin.posts == ["admin"])
        for _ in 1..<UserRepository.maxFailures {
            #expect(throws: StorageError(StoragePhrases.badLogin())) { try store.users.authenticate("admin", password: "wrong") }
        }
        #expect(throws: StorageError(StoragePhrases.accountLocked(UserRepository.lockMinutes))) { try store.users.authenticate("admin", password: "wrong") }
        // Locked: even the right password is refused until the lock runs out.
        #expect(throws: StorageError.self) { try store.users.authenticate("admin", password: "secret-1") }
        #expect(throws: StorageError(StoragePhrases.badLogin())) { try store.users.authenticate("nobody", password: "x") }
        let audited = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'user.%' ORDER BY seq") }
        #expect(audited.filter { $0 == "user.locked" }.count == 1)
        #expect(audited.contains("user.login"))
    }

    @Test func passwordsAreSaltedHashes() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        try store.users.create(id: "clerk2", name: "窗口二", section: "office", posts: ["clerk"], password: "secret-1", by: Actor(userID: "admin", name: "管理员", posts: ["admin"]))
        let rows = try store.database.pool.read { try Row.fetchAll($0, sql: "SELECT password_hash, salt FROM user ORDER BY id") }
        #expect(rows.count == 2)
        #expect((rows[0]["password_hash"] as Data) != (rows[1]["password_hash"] as Data), "same password, different salt, different hash")
        #expect(!(rows[0]["password_hash"] as Data).contains(Data("secret-1".utf8)))
        #expect(throws: Rejection.self, "only an admin adds users, whatever the screen shows") {
            try store.users.create(id: "sneaky", name: "x", section: "", posts: ["leader"], password: "secret-1", by: StoreFixture.clerk)
        }
        #expect(throws: StorageError(StoragePhrases.badUserName("王 五"))) {
            try store.users.create(id: "王 五", name: "x", section: "", posts: [], password: "secret-1", by: Actor(userID: "admin", name: "管理员", posts: ["admin"]))
        }
    }

    @Test func attachmentsAreStoredOnceAndLimitedInSize() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let scan = Data("%PDF-1.4 扫描件内容".utf8)
        let first = try store.attachments.attach(scan, name: "申请书.pdf", material: "application", to: opened.state.id, by: StoreFixture.clerk)
        let second = try store.attachments.attach(scan, name: "申请书副本.pdf", material: "application", to: opened.state.id, by: StoreFixture.clerk)
        #expect(first == second)
        #expect(first.count == 64 && first.allSatisfy(\.isHexDigit))
        let other = try store.attachments.attach(Data("%PDF-1.4 另一份".utf8), name: "方案.pdf", material: "activity-plan", to: opened.state.id, by: StoreFixture.clerk)
        #expect(other != first)
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM attachment") } == 2)
        #expect(try store.attachments.data(first) == scan)
        try store.database.pool.write { try $0.execute(sql: "INSERT INTO meta (key, value) VALUES ('attachment_max_bytes', '1024')") }
        #expect(throws: StorageError(StoragePhrases.attachmentTooLarge(2048, 1024))) {
            try store.attachments.attach(Data(count: 2048), name: "大文件.tif", material: "photos", to: opened.state.id, by: StoreFixture.clerk)
        }
        #expect(throws: StorageError(StoragePhrases.attachmentEmpty())) {
            try store.attachments.attach(Data(), name: "空.pdf", material: "photos", to: opened.state.id, by: StoreFixture.clerk)
        }
        #expect(try store.verify().isIntact)
    }
}
