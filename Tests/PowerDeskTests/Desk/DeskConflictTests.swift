import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// Two desks on one case: the second sees the change on refresh and never acts on a picture
/// that is no longer true.
@Suite struct DeskConflictTests {
    @Test func aStaleScreenDoesNotOfferTheNextStepsActions() throws {
        let fixture = try DeskFixture()
        let first = try fixture.desk("chief")
        let second = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        first.render(on: screen)
        second.render(on: screen)
        // Both show XK2026000004 at 处室审核; the second desk approves it.
        for desk in [first, second] {
            for _ in 0..<10 where desk.selectedState?.id != "XK2026000004" { DeskFixture.press([.down], on: desk, screen: screen) }
            try #require(desk.selectedState?.id == "XK2026000004")
        }
        DeskFixture.press([.enter, .enter] + DeskFixture.type("同意") + [.enter], on: second, screen: screen)
        #expect(try fixture.store.cases.load("XK2026000004").step == "leader-approval")
        // The first desk's Enter is refused with the refresh message, not a menu of the leader's actions.
        DeskFixture.press([.enter], on: first, screen: screen)
        #expect(first.overlay == nil)
        #expect(first.message?.text == "此办件已被他人处理，请刷新后再操作")
        #expect(try fixture.store.cases.load("XK2026000004").step == "leader-approval")
    }

    /// A form open while another desk acts keeps what was typed: the refusal is shown over it,
    /// and sending it again is refused again rather than applied to the moved case.
    @Test func aConflictKeepsTheTypedOpinion() throws {
        let fixture = try DeskFixture()
        let first = try fixture.desk("chief")
        let second = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        for desk in [first, second] {
            desk.render(on: screen)
            for _ in 0..<10 where desk.selectedState?.id != "XK2026000004" { DeskFixture.press([.down], on: desk, screen: screen) }
            try #require(desk.selectedState?.id == "XK2026000004")
        }
        DeskFixture.press([.enter, .enter] + DeskFixture.type("第一位的意见"), on: first, screen: screen)
        DeskFixture.press([.enter, .enter] + DeskFixture.type("同意") + [.enter], on: second, screen: screen)
        let moved = try fixture.store.cases.load("XK2026000004")
        DeskFixture.press([.enter], on: first, screen: screen)
        #expect(first.message?.text == "此办件已被他人处理，请刷新后再操作")
        guard let form = (first.overlay as? ActionFormDialog)?.form else {
            Issue.record("the form closed and the typed opinion was lost")
            return
        }
        #expect(form.fields[0].input.text == "第一位的意见")
        DeskFixture.press([.function(10)], on: first, screen: screen)
        #expect(try fixture.store.cases.load("XK2026000004").revision == moved.revision)
    }

    @Test func bulkApprovalCoversFiling() throws {
        let fixture = try DeskFixture()
        let chief = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        chief.render(on: screen)
        for _ in 0..<10 where chief.selectedState?.id != "CF2026000001" { DeskFixture.press([.down], on: chief, screen: screen) }
        try #require(chief.selectedState?.id == "CF2026000001")
        DeskFixture.press([.character(" "), .character("a")] + DeskFixture.type("同意立案") + [.enter], on: chief, screen: screen)
        #expect(chief.message?.text.hasPrefix("批量审批完成：成功 1 件，未通过 0 件") == true)
        #expect(try fixture.store.cases.load("CF2026000001").step == "investigation")
    }
}
