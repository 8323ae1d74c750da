import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The login screen after an admin reset a password (issue 14): the new password typed twice
/// before the desk opens; a mismatch says so and changes nothing. Demo accounts listed.
@Suite struct LoginChangeTests {
    static let admin = Actor(userID: "admin", name: "吴管理", posts: ["admin"])

    @Test func aResetUserChoosesANewPasswordTwiceBeforeTheDeskOpens() throws {
        let fixture = try DeskFixture()
        try fixture.store.users.resetPassword("clerk", to: "temp", by: Self.admin)
        let login = LoginView(store: fixture.store, language: .zh, user: "clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        login.render(on: screen)
        #expect(screen.lines.joined().contains("handler2"), "every demo account is listed")
        #expect(screen.lines.joined().contains("POWERDESK_PASSWORD"))
        DeskFixture.press(DeskFixture.type("temp") + [.enter], on: login, screen: screen)
        #expect(screen.lines.joined().contains("请设置新密码"))
        #expect(login.changing?.userID == "clerk")

        var outcome = ViewOutcome.stay
        for key in DeskFixture.type("abcd") + [.enter] + DeskFixture.type("abce") + [.enter] { outcome = login.handle(key) }
        login.render(on: screen)
        #expect(screen.lines.joined().contains("两次输入的新密码不一致"))
        if case .replace = outcome { Issue.record("a mismatch must not open the desk") }
        #expect(try fixture.store.users.mustChangePassword("clerk"))

        for key in DeskFixture.type("abcd") + [.enter] + DeskFixture.type("abcd") + [.enter] { outcome = login.handle(key) }
        guard case .replace = outcome else {
            Issue.record("the desk opens after the change")
            return
        }
        #expect(try !fixture.store.users.mustChangePassword("clerk"))
        #expect(try fixture.store.users.authenticate("clerk", password: "abcd").userID == "clerk")
    }
}
