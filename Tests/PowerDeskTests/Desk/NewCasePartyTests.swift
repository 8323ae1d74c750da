import Foundation
import Localization
@testable import PowerDesk
import Testing
import Workflow

/// The new-case form and the register of parties (issue 18): the item found by its pinyin
/// initials; a number registered under another name shows that name and asks for a reason.
@Suite struct NewCasePartyTests {
    @Test func aNumberRegisteredUnderAnotherNameAsksForAReason() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskInputTests.send([.character("n")] + DeskFixture.type("jbdxzjhd") + [.enter], to: desk, screen: screen)
        guard let chosen = (desk.overlay as? NewCaseDialog)?.model else {
            Issue.record("no new-case form")
            return
        }
        #expect(chosen.item?.code == "320600-XK-001")
        // The demo's mosque, typed under another name.
        DeskInputTests.send([.down] + DeskFixture.type("南通市某清真寺") + [.down] + DeskFixture.type("7132060050001122X0"), to: desk, screen: screen)
        guard let model = (desk.overlay as? NewCaseDialog)?.model else {
            Issue.record("the form closed")
            return
        }
        #expect(model.registered?.name == "南通市清真寺")
        #expect(model.needsRenameReason)
        #expect(model.rows.contains(.renameReason))
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("已登记为“南通市清真寺”（XK2026"))
        #expect(text.contains("）；名称不同，须填更名理由"))
        #expect(text.contains("更名理由*"))
        // Typed as registered, the reason is not asked.
        DeskInputTests.send([.up] + Array(repeating: Key.backspace, count: 7) + DeskFixture.type("南通市清真寺"), to: desk, screen: screen)
        guard let same = (desk.overlay as? NewCaseDialog)?.model else { return }
        #expect(!same.needsRenameReason)
        #expect(!same.rows.contains(.renameReason))
    }
}
