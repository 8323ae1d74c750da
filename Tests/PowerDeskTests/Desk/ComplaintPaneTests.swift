import Foundation
import Localization
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// The complaints screen (R26) on an in-memory screen: open and overdue first with both limits,
/// the detail with the cases and officers concerned, the complainant shown to the supervision
/// post only, and the flow's actions taken through the desk's dialog stack.
@Suite struct ComplaintPaneTests {
    static func draft(_ subject: String, caseIDs: [String] = [], anonymous: Bool = false) -> ComplaintDraft {
        ComplaintDraft(kind: .complaint, channel: .phone,
                       identity: anonymous ? nil : ComplaintIdentity(name: "钱投诉", contact: "13900001111", address: "崇川区某路1号"),
                       subject: subject, body: "申请已逾期\n仍未办结。", caseIDs: caseIDs, officers: ["handler"])
    }

    /// A demo database with one complaint received 20 days before the desk's today (so its
    /// 15-day acceptance limit has run out), one received today, and one concluded.
    final class Setting {
        let fixture: DeskFixture
        let store: PowerDeskStore
        let late: String
        let fresh: String
        let done: String
        let caseID = "XK2026000001"

        init() throws {
            fixture = try DeskFixture()
            let clerk = try #require(try fixture.store.users.actor("clerk"))
            let monitor = try #require(try fixture.store.users.actor("monitor"))
            late = try fixture.store.complaints.register(ComplaintPaneTests.draft("办件拖延", caseIDs: [caseID]), by: clerk).record.id
            done = try fixture.store.complaints.register(ComplaintPaneTests.draft("窗口态度", anonymous: true), by: clerk).record.id
            _ = try fixture.store.complaints.act(done, action: "refuse", note: "不属于本局职责", by: monitor)
            try ClockAdvance.advance(fixture.store, count: 20, unit: .day, by: "admin")
            store = try PowerDeskStore.open(at: fixture.directory.appendingPathComponent("demo.sqlite").path)
            fresh = try store.complaints.register(ComplaintPaneTests.draft("收费疑问"), by: try #require(try store.users.actor("clerk"))).record.id
        }

        func desk(_ user: String) throws -> MainDeskView {
            let actor = try store.users.authenticate(user, password: DemoSeeder.password)
            return MainDeskView(session: try DeskSession(store: store, actor: actor, language: .zh))
        }
    }

    @Test func theListPutsTheOverdueFirstAndShowsTheLimitRunning() throws {
        let setting = try Setting()
        let desk = try setting.desk("monitor")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.character("y")], on: desk, screen: screen)
        let list = try #require(desk.overlay as? ComplaintsDialog)
        #expect(list.records.map(\.id) == [setting.late, setting.fresh, setting.done])
        let lines = screen.lines
        #expect(lines.contains { $0.contains("未办结2件") && $0.contains("超期1件") })
        let lateRow = try #require(lines.firstIndex { $0.contains(setting.late) })
        let freshRow = try #require(lines.firstIndex { $0.contains(setting.fresh) })
        let doneRow = try #require(lines.firstIndex { $0.contains(setting.done) })
        #expect(lateRow < freshRow && freshRow < doneRow)
        #expect(lines[lateRow].contains("超期") && lines[lateRow].contains("受理期限2026-03-31"))
        #expect(!lines[freshRow].contains("超期"))
        #expect(lines[doneRow].contains("2026-03-16办结"))
        for row in 0..<24 { #expect(DisplayWidth.of(screen.text(row: row)) <= 80) }
    }

    @Test func theDetailShowsTheComplainantOnlyToTheSupervisionPost() throws {
        let setting = try Setting()
        for (user, sees) in [("monitor", true), ("leader", false)] {
            let desk = try setting.desk(user)
            let screen = ScreenBuffer(rows: 40, columns: 120)
            DeskFixture.press([.character("y"), .enter], on: desk, screen: screen)
            let detail = try #require(desk.overlay as? ComplaintDetailDialog)
            #expect(detail.record.id == setting.late)
            let text = screen.lines.joined(separator: "\n")
            #expect(text.contains("钱投诉") == sees, "\(user)")
            #expect(text.contains("13900001111") == sees, "\(user)")
            #expect(text.contains("投诉人身份仅监察岗位可见") != sees, "\(user)")
            // Both limits with the days of the definition, the late one marked; what it concerns.
            #expect(text.contains("受理期限：2026-03-31（收到之日起15日内告知是否受理）超期"))
            #expect(text.contains("办结期限：受理后起算（60日）"))
            #expect(text.contains(setting.caseID))
            let state = try setting.store.cases.load(setting.caseID)
            #expect(text.contains(state.party.name))
            #expect(text.contains("涉及人员：") && text.contains("（handler）"))
            #expect(text.contains("仍未办结。"))
        }
    }

    @Test func otherPostsAreRefusedByTheStore() throws {
        let setting = try Setting()
        let desk = try setting.desk("handler")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.character("y")], on: desk, screen: screen)
        #expect(desk.dialogs.isEmpty)
        #expect(screen.lines.contains { $0.contains("仅限监察岗位和分管领导") })
    }

    /// 受理 then 拟答复 through the actions dialog and the note dialog: each one transaction in
    /// the store, the detail and the list read again, a required note refused when empty.
    @Test func theMonitorTakesTheFlowsActionsThroughTheDialogs() throws {
        let setting = try Setting()
        let desk = try setting.desk("monitor")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.character("y"), .enter, .character("a")], on: desk, screen: screen)
        let actions = try #require(desk.overlay as? ComplaintActionsDialog)
        #expect(actions.items.map(\.action.code) == ["accept", "refuse"])
        #expect(screen.lines.contains { $0.contains("受理") })
        DeskFixture.press([.enter, .enter], on: desk, screen: screen)
        #expect(try setting.store.complaints.show(setting.late, for: setting.store.users.actor("monitor")!).step == "investigate")
        let detail = try #require(desk.overlay as? ComplaintDetailDialog)
        #expect(detail.record.step == "investigate")
        #expect(screen.lines.contains { $0.contains("已受理") })
        // The 60-day limit now runs from today; the list behind shows it.
        let list = try #require(desk.dialogs.first as? ComplaintsDialog)
        #expect(list.records.first { $0.id == setting.late }?.concludeDue != nil)

        // 拟答复 needs an opinion: Enter on an empty note is refused, the dialog stays.
        DeskFixture.press([.character("a")], on: desk, screen: screen)
        let investigate = try #require(desk.overlay as? ComplaintActionsDialog)
        #expect(investigate.items.map(\.action.code) == ["propose-answer", "extend"])
        // 延长 is the leader's: listed with its reason, refused on Enter.
        #expect(investigate.items.last?.isEnabled == false)
        DeskFixture.press([.down, .enter], on: desk, screen: screen)
        #expect(screen.lines.contains { $0.contains("须由") && $0.contains("办理") })
        DeskFixture.press([.up, .enter, .enter], on: desk, screen: screen)
        #expect(desk.overlay is ComplaintNoteDialog)
        #expect(screen.lines.contains { $0.contains("须填写意见或理由") })
        DeskFixture.press(DeskFixture.type("经查属实，拟答复") + [.enter], on: desk, screen: screen)
        let answered = try setting.store.complaints.show(setting.late, for: setting.store.users.actor("monitor")!)
        #expect(answered.step == "answer")
        #expect(answered.steps.last?.note == "经查属实，拟答复")
        #expect(desk.overlay is ComplaintDetailDialog)
    }

    /// The leader may take only the extension the flow gives the leader.
    @Test func theLeaderExtendsOnce() throws {
        let setting = try Setting()
        let monitor = try #require(try setting.store.users.actor("monitor"))
        _ = try setting.store.complaints.act(setting.fresh, action: "accept", note: "", by: monitor)
        let desk = try setting.desk("leader")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.character("y")], on: desk, screen: screen)
        let list = try #require(desk.overlay as? ComplaintsDialog)
        let index = try #require(list.records.firstIndex { $0.id == setting.fresh })
        DeskFixture.press(Array(repeating: .down, count: index) + [.enter, .character("a")], on: desk, screen: screen)
        let actions = try #require(desk.overlay as? ComplaintActionsDialog)
        #expect(actions.items.map(\.isEnabled) == [false, true])
        DeskFixture.press([.down, .enter] + DeskFixture.type("情况复杂") + [.enter], on: desk, screen: screen)
        let record = try setting.store.complaints.show(setting.fresh, for: monitor)
        #expect(record.extended)
        DeskFixture.press([.character("a")], on: desk, screen: screen)
        #expect((desk.overlay as? ComplaintActionsDialog)?.items.last?.refusal?.key == "complaintDesk.actionExtended")
    }
}
