import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// User administration (issue 14): disable and enable, reset with a forced change, posts, one's
/// own password; permissions checked by the store, every change audited and verified.
@Suite struct UserAdministrationTests {
    static let admin = Actor(userID: "admin", name: "吴管理", posts: ["admin"])
    static let chief = Actor(userID: "chief", name: "陈处长", posts: ["chief"])

    static func kinds(_ store: PowerDeskStore) throws -> [String] {
        try store.database.pool.read { try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'user.%' AND kind NOT LIKE 'user.login%' ORDER BY seq") }
    }

    @Test func onlyAnAdminAdministersAndNothingChangesOtherwise() throws {
        let store = try StoreFixture().demo()
        let before = try Self.kinds(store)
        #expect(throws: Rejection.self) { try store.users.setActive("clerk", false, by: Self.chief) }
        #expect(throws: Rejection.self) { try store.users.resetPassword("clerk", to: "another-1", by: Self.chief) }
        #expect(throws: Rejection.self) { try store.users.setPosts("clerk", ["handler"], by: Self.chief) }
        #expect(try Self.kinds(store) == before)
        #expect(try store.users.authenticate("clerk", password: DemoSeeder.password).posts == ["clerk"])
    }

    @Test func aDisabledAccountCannotSignInUntilEnabled() throws {
        let store = try StoreFixture().demo()
        try store.users.setActive("handler2", false, by: Self.admin)
        #expect(throws: StorageError(StoragePhrases.accountDisabled())) { try store.users.authenticate("handler2", password: DemoSeeder.password) }
        #expect(throws: StorageError(AdminPhrases.alreadyDisabled("handler2"))) { try store.users.setActive("handler2", false, by: Self.admin) }
        #expect(throws: StorageError(AdminPhrases.cannotDisableSelf())) { try store.users.setActive("admin", false, by: Self.admin) }
        #expect(throws: StorageError(StoragePhrases.unknownUser("nobody"))) { try store.users.setActive("nobody", false, by: Self.admin) }
        try store.users.setActive("handler2", true, by: Self.admin)
        #expect(try store.users.authenticate("handler2", password: DemoSeeder.password).userID == "handler2")
        #expect(try Self.kinds(store).suffix(2) == ["user.disabled", "user.enabled"])
        #expect(try store.verify().isIntact)
    }

    @Test func aResetPasswordMustBeChangedAndTheOldOneStopsWorking() throws {
        let store = try StoreFixture().demo()
        try store.users.resetPassword("clerk", to: "temp-pass", by: Self.admin)
        #expect(try store.users.mustChangePassword("clerk"))
        #expect(throws: StorageError(StoragePhrases.badLogin())) { try store.users.authenticate("clerk", password: DemoSeeder.password) }
        #expect(try store.users.authenticate("clerk", password: "temp-pass").userID == "clerk")
        #expect(throws: StorageError(AdminPhrases.wrongCurrentPassword())) { try store.users.changePassword("clerk", current: "wrong", new: "mine-now") }
        #expect(throws: StorageError(AdminPhrases.samePassword())) { try store.users.changePassword("clerk", current: "temp-pass", new: "temp-pass") }
        #expect(try store.users.mustChangePassword("clerk"), "a refused change leaves the reset in force")
        try store.users.changePassword("clerk", current: "temp-pass", new: "mine-now")
        #expect(try !store.users.mustChangePassword("clerk"))
        #expect(try store.users.authenticate("clerk", password: "mine-now").userID == "clerk")
        #expect(try Self.kinds(store).suffix(2) == ["user.passwordReset", "user.passwordChanged"])
        #expect(try store.verify().isIntact, "the new secrets are on the trail")
    }

    @Test func productionPasswordsNeedEightCharactersDemoOnesFour() throws {
        let production = try StoreFixture().empty(kind: .production, clock: .real)
        try production.users.create(id: "clerk", name: "王窗口", section: "office", posts: ["clerk"], password: "12345678", by: Self.admin)
        #expect(throws: StorageError(StoragePhrases.weakPassword(8))) { try production.users.resetPassword("clerk", to: "1234567", by: Self.admin) }
        #expect(throws: StorageError(StoragePhrases.weakPassword(8))) { try production.users.changePassword("clerk", current: "12345678", new: "short") }
        let demo = try StoreFixture().demo()
        try demo.users.changePassword("clerk", current: DemoSeeder.password, new: "abcd")
        #expect(throws: StorageError(StoragePhrases.weakPassword(4))) { try demo.users.changePassword("clerk", current: "abcd", new: "abc") }
    }

    @Test func postsMustBeTheBureausAndTheLastAdminKeepsTheirs() throws {
        let store = try StoreFixture().demo()
        try store.users.setPosts("handler2", ["handler", "legal"], by: Self.admin)
        #expect(try store.users.actor("handler2")?.posts == ["handler", "legal"])
        #expect(throws: StorageError.self) { try store.users.setPosts("handler2", ["handler", "wizard"], by: Self.admin) }
        #expect(throws: StorageError(AdminPhrases.noPosts())) { try store.users.setPosts("handler2", [], by: Self.admin) }
        #expect(throws: StorageError(AdminPhrases.postsUnchanged("handler2"))) { try store.users.setPosts("handler2", ["legal", "handler"], by: Self.admin) }
        #expect(throws: StorageError(AdminPhrases.lastAdmin())) { try store.users.setPosts("admin", ["monitor"], by: Self.admin) }
        #expect(try store.users.actor("handler2")?.posts == ["handler", "legal"])
        #expect(try store.verify().isIntact, "the trail records the new posts")
    }
}
