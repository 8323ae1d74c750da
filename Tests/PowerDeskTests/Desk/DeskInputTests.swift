import Foundation
import Localization
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// What users hit at the keyboard, against the in-memory screen: pastes that must stay text,
/// Enter that does what the legend says, filled forms that ask before they are thrown away, a
/// too-small window that takes no key, key facts recorded at the desk, and help for what is in front.
@Suite struct DeskInputTests {
    /// Sends keys one by one, redrawing after each as the loop does; true when one asked to quit.
    @discardableResult
    static func send(_ keys: [Key], to view: DeskView, screen: ScreenBuffer) -> Bool {
        view.render(on: screen)
        var quit = false
        for key in keys {
            if case .quit = view.handle(key) { quit = true }
            view.render(on: screen)
        }
        return quit
    }

    static func legend(_ screen: ScreenBuffer) -> String { screen.lines[screen.rows - 1] }

    @Test func aPasteWithALineBreakInSearchIsTextAndNeverQuits() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        let quit = Self.send([.character("/"), .paste("张三丰\nq")], to: desk, screen: screen)
        #expect(!quit)
        guard let field = (desk.overlay as? SearchDialog)?.field else {
            Issue.record("the search closed: \(String(describing: desk.overlay))")
            return
        }
        #expect(field.text == "张三丰 q")
        #expect(screen.lines.joined().contains("张三丰 q"))
        Self.send([.enter], to: desk, screen: screen)
        #expect(desk.search == "张三丰 q")
        #expect(desk.tab == .search)
    }

    @Test func pastedControlsAreDroppedAndSingleLineFieldsHaveALimit() {
        var field = TextField(maxLength: 100)
        _ = field.handle(.paste("a\u{1B}[2Jb\tc\r\nd"))
        #expect(field.text == "a[2Jb c d")
        _ = field.handle(.paste(String(repeating: "长", count: 500)))
        #expect(field.text.count == 100)
        _ = field.handle(.character("x"))
        #expect(field.text.count == 100 && !field.text.contains("x"))
        // The default single-line limit applies where no tighter one was set.
        var plain = TextField()
        _ = plain.handle(.paste(String(repeating: "x", count: 10_000)))
        #expect(plain.text.count == TextField.singleLineLimit)
    }

    @Test func anOpinionKeepsThePastedLinesAndALongPasteIsQuick() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        Self.send([.enter, .enter], to: desk, screen: screen)
        guard desk.overlay is ActionFormDialog else {
            Issue.record("no form: \(screen.lines.joined(separator: "\n"))")
            return
        }
        Self.send([.paste("第一行\r\n第二行\nq")], to: desk, screen: screen)
        guard let form = (desk.overlay as? ActionFormDialog)?.form else {
            Issue.record("the paste closed the form")
            return
        }
        #expect(form.fields[0].input.text == "第一行\n第二行\nq")
        let text = String(repeating: "依法审查，材料齐全。", count: 200)
        let start = Date()
        _ = desk.handle(.paste(text))
        desk.render(on: screen)
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 0.1, "a 2,000-character paste took \(elapsed) s")
        guard let after = (desk.overlay as? ActionFormDialog)?.form else { return }
        #expect(after.fields[0].input.text.count == "第一行\n第二行\nq".count + 2000)
    }

    @Test func enterMovesOnAndSubmitsOnlyOnTheLastFieldAsTheLegendSays() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([.character("e")], to: desk, screen: screen)
        guard let model = (desk.overlay as? FactsDialog)?.model else {
            Issue.record("no facts dialog: \(screen.lines.joined(separator: "\n"))")
            return
        }
        #expect(model.fields.count == 5)
        #expect(Self.legend(screen).contains("Tab/Enter 下一项"))
        #expect(Self.legend(screen).contains("F10/Ctrl-S 提交"))
        let revision = try fixture.store.cases.load("XK2026000001").revision
        Self.send([.enter, .enter, .enter], to: desk, screen: screen)
        guard let moved = (desk.overlay as? FactsDialog)?.model else {
            Issue.record("Enter submitted before the last field")
            return
        }
        #expect(moved.focus == 3)
        #expect(try fixture.store.cases.load("XK2026000001").revision == revision)
        Self.send([.enter], to: desk, screen: screen)
        #expect(Self.legend(screen).contains("Enter/F10/Ctrl-S 提交"))
        #expect(!Self.legend(screen).contains("Tab/Enter"), "\(Self.legend(screen))")
    }

    @Test func factsAreAddedAndCorrectedAtTheDesk() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([], to: desk, screen: screen)
        #expect(Self.legend(screen).contains("e 关键信息"))
        // A wrong date is refused with the field named; the dialog and what was typed stay.
        var keys: [Key] = [.character("e"), .tab, .control("u")] + DeskFixture.type("2026-13-01")
        keys += [.tab, .tab, .tab] + DeskFixture.type("1200") + [.enter]
        Self.send(keys, to: desk, screen: screen)
        #expect(screen.lines.joined().contains("“拟举行日期”应为日期"))
        guard let model = (desk.overlay as? FactsDialog)?.model else {
            Issue.record("the dialog closed on a refusal")
            return
        }
        #expect(model.text(1) == "2026-13-01" && model.text(4) == "1200")
        // Corrected, the date and the new area are recorded in one operation.
        Self.send([.backTab, .backTab, .backTab, .control("u")] + DeskFixture.type("2026-05-02") + [.function(10)], to: desk, screen: screen)
        #expect(desk.overlay == nil)
        #expect(screen.lines.joined().contains("已完成：关键信息（XK2026000001）"))
        let state = try fixture.store.cases.load("XK2026000001")
        #expect(state.facts["activity-date"] == .date(CivilDate(year: 2026, month: 5, day: 2)!))
        #expect(state.facts["site-area"] == .quantity("1200"))
        #expect(state.facts["place"] == .text("狼山风景区广场"))
        #expect(try fixture.store.verify().isIntact)
        // Changed and then abandoned: asked first, then closed with nothing recorded.
        let revision = try fixture.store.cases.load("XK2026000001").revision
        Self.send([.character("e"), .paste("x"), .control("c"), .character("y")], to: desk, screen: screen)
        #expect(desk.overlay == nil)
        #expect(try fixture.store.cases.load("XK2026000001").revision == revision)
        // Supervision reads only: the key is neither offered nor obeyed.
        let monitor = try fixture.desk("monitor")
        Self.send([.character("e")], to: monitor, screen: screen)
        #expect(monitor.overlay == nil)
        #expect(!Self.legend(screen).contains("关键信息"))
    }

    @Test func escOrCtrlCOnAFilledFormAsksBeforeDiscarding() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([.enter, .enter] + DeskFixture.type("材料齐全") + [.escape], to: desk, screen: screen)
        #expect(screen.lines.joined().contains("放弃已填写的内容？"))
        // Any key but y goes back to the form, with the text kept and the key not typed.
        Self.send([.character("n")], to: desk, screen: screen)
        guard let form = (desk.overlay as? ActionFormDialog)?.form else {
            Issue.record("the form closed without y")
            return
        }
        #expect(form.fields[0].input.text == "材料齐全")
        // Ctrl-C in a form is Esc: it asks too, and never quits the desk.
        let quit = Self.send([.control("c"), .character("y")], to: desk, screen: screen)
        #expect(!quit)
        #expect(desk.overlay == nil)
        // An empty form closes at once; on the queue Ctrl-C quits.
        Self.send([.enter, .enter, .escape], to: desk, screen: screen)
        #expect(desk.overlay == nil)
        #expect(Self.send([.control("c")], to: desk, screen: screen))
    }

    @Test func belowTheMinimumSizeNoKeyActs() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 20, columns: 70)
        let quit = Self.send([.character("q"), .tab, .character("/"), .character("?"), .enter, .down], to: desk, screen: screen)
        #expect(!quit)
        #expect(desk.overlay == nil && desk.tab == .todo && desk.selected == 0)
        #expect(screen.lines.joined().contains("终端窗口太小（70×20）"))
        screen.resize(rows: 24, columns: 80)
        Self.send([.tab], to: desk, screen: screen)
        #expect(desk.tab == .section)
    }

    /// Space marks a case for bulk approval only where the user has an approval to give there:
    /// every case it lets the chief mark then goes through, and a refused one says why.
    @Test func onlyCasesTheUserMayApproveAreMarked() throws {
        let fixture = try DeskFixture()
        let chief = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([], to: chief, screen: screen)
        var refused: [String] = []
        for _ in 0..<chief.rows.count {
            let before = chief.selected
            let id = try #require(chief.selectedState?.id)
            Self.send([.character(" ")], to: chief, screen: screen)
            if !chief.tagged.contains(id) {
                refused.append(id)
                #expect(chief.message?.text.contains("\(id)：当前环节没有您可做的审批操作") == true, "\(chief.message?.text ?? "")")
                Self.send([.down], to: chief, screen: screen)
            }
            if chief.selected == before { break }
        }
        #expect(!refused.isEmpty, "the demo's chief has a case at a step without an approval of theirs")
        #expect(!chief.tagged.isEmpty)
        let marked = chief.tagged.count
        Self.send([.character("a")] + DeskFixture.type("同意") + [.enter], to: chief, screen: screen)
        #expect(chief.message?.text.contains("成功 \(marked) 件，未通过 0 件") == true, "\(chief.message?.text ?? "")")
    }

    @Test func bulkApprovalWithAnEmptyOpinionAsksForOne() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        let before = try fixture.store.cases.load(try #require(desk.selectedState?.id))
        Self.send([.character(" "), .character("a"), .enter], to: desk, screen: screen)
        #expect(screen.lines.joined().contains("请填写审批意见"))
        guard desk.overlay is BulkApprovalDialog else {
            Issue.record("the bulk dialog closed on an empty opinion")
            return
        }
        #expect(try fixture.store.cases.load(before.id).revision == before.revision)
        Self.send(DeskFixture.type("同意") + [.enter], to: desk, screen: screen)
        #expect(desk.overlay == nil)
        #expect(screen.lines.joined().contains("批量审批完成"))
    }

    /// Every post's legend ends with help and quit, at 80 and 120 columns, whatever keys the post
    /// adds (the catalogue for legal and the admin, users for the admin, the board for its
    /// viewers); a command's keys show together, and the board only to those who may see it.
    @Test func everyPostsLegendEndsWithHelpAndQuit() throws {
        let fixture = try DeskFixture()
        for user in ["clerk", "handler", "chief", "legal", "leader", "monitor", "admin"] {
            let desk = try fixture.desk(user)
            for columns in [80, 120] {
                let screen = ScreenBuffer(rows: 40, columns: columns)
                Self.send([], to: desk, screen: screen)
                let legend = Self.legend(screen).trimmingCharacters(in: .whitespaces)
                #expect(
                    legend.hasSuffix("?/F1 帮助  q/F3 退出") || legend.hasSuffix("? 帮助  q 退出"),
                    "\(user) at \(columns): \(legend)")
                #expect(legend.components(separatedBy: "事项目录").count <= 2, "\(user) at \(columns): \(legend)")
                if columns == 120 {
                    #expect(legend.contains("监察看板") == ["leader", "monitor"].contains(user), "\(user): \(legend)")
                }
            }
        }
    }

    @Test func theMaterialsKeyShowsWhereItAppliesAndItsDialogNamesSpace() throws {
        let fixture = try DeskFixture()
        let clerk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([], to: clerk, screen: screen)
        #expect(Self.legend(screen).contains("m 登记材料"))
        // At 80 columns some keys give way, and the legend says so before help and quit.
        #expect(Self.legend(screen).contains("…  ?/F1 帮助"), "\(Self.legend(screen))")
        Self.send([.character("m")], to: clerk, screen: screen)
        #expect(Self.legend(screen).contains("Space 勾选/切换"))
        #expect(Self.legend(screen).contains("Enter/F10/Ctrl-S 提交"))
        let monitor = try fixture.desk("monitor")
        Self.send([], to: monitor, screen: screen)
        #expect(!Self.legend(screen).contains("登记材料"))
        // The clerk takes no data at another post's step: the engine would refuse, so neither
        // key is offered there.
        Self.send([.escape, .tab, .tab], to: clerk, screen: screen)
        #expect(clerk.tab == .warning)
        let step = try #require(clerk.selectedState).step
        #expect(!Self.legend(screen).contains("关键信息"), "offered at \(step)")
        #expect(!Self.legend(screen).contains("登记材料"), "offered at \(step)")
    }

    @Test func helpShowsTheKeysOfWhatIsInFrontAndTheMarks() throws {
        let fixture = try DeskFixture()
        let clerk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([.character("?")], to: clerk, screen: screen)
        var text = screen.lines.joined(separator: "\n")
        #expect(text.contains("!!  红色预警：已超期"))
        #expect(text.contains("*   已标记"))
        #expect(!text.contains("用户管理"), "the clerk is not shown the admin's keys")
        // Each letter key's twin for when an input method takes the letters.
        #expect(text.contains("n/F2"))
        #expect(text.contains("e/F6"))
        #expect(text.contains("/  Ctrl-F") && !text.contains("//Ctrl-F"))
        #expect(!text.contains("F12"), "the clerk is not shown the admin's keys")
        Self.send([.escape], to: clerk, screen: screen)
        #expect(clerk.overlay == nil)
        // F1 in a form: the form's own keys; any key goes back to the form as it was.
        Self.send([.enter, .enter] + DeskFixture.type("已核") + [.function(1)], to: clerk, screen: screen)
        text = screen.lines.joined(separator: "\n")
        #expect(text.contains("本界面按键"))
        #expect(text.contains("Ctrl-O"))
        #expect(!text.contains("批量审批"))
        Self.send([.escape], to: clerk, screen: screen)
        guard let form = (clerk.overlay as? ActionFormDialog)?.form else {
            Issue.record("help did not return to the form")
            return
        }
        #expect(form.fields[0].input.text == "已核")
        let admin = try fixture.desk("admin")
        let adminScreen = ScreenBuffer(rows: 40, columns: 120)
        Self.send([.character("?")], to: admin, screen: adminScreen)
        #expect(adminScreen.lines.joined().contains("用户管理"))
        Self.send([.escape, .function(12)], to: admin, screen: adminScreen)
        #expect(adminScreen.lines.joined().contains("用户与岗位"))
    }

    @Test func theDetailScrollsByHalfAPageAndStartsAtTheTopAfterAnAction() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        Self.send([.character("J")], to: desk, screen: screen)
        #expect(desk.detailOffset > 5, "half of a \(desk.bodyHeight)-row page")
        Self.send([.enter, .enter] + DeskFixture.type("材料齐全，予以受理") + [.enter], to: desk, screen: screen)
        #expect(screen.lines.joined().contains("已完成："))
        #expect(desk.detailOffset == 0)
    }

    @Test func theDetailMarksAReplacedDocument() throws {
        let fixture = try DeskFixture()
        let leader = try fixture.store.users.authenticate("leader", password: DemoSeeder.password)
        let decision = try #require(try fixture.store.documents.documents("CF2025000001").first { $0.number == "通民宗罚决字〔2026〕1号" })
        _ = try fixture.store.documents.correct(decision.id, reason: "当事人住所笔误", by: leader)
        let desk = try fixture.desk("leader")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        Self.send([.character("/")] + DeskFixture.type("CF2025000001") + [.enter], to: desk, screen: screen)
        try #require(desk.selectedState?.id == "CF2025000001")
        var found = false
        for _ in 0..<12 where !found {
            found = screen.lines.contains { $0.contains("通民宗罚决字〔2026〕1号　已被通民宗罚决字") }
            if !found { Self.send([.character("J")], to: desk, screen: screen) }
        }
        #expect(found, "\(screen.lines.joined(separator: "\n"))")
    }

    @Test(arguments: [80, 120])
    func queueRowsShowPartyAndSubject(columns: Int) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 24, columns: columns)
        desk.render(on: screen)
        let row = screen.lines[2]
        let queue = String(row.prefix { $0 != "│" })
        #expect(queue.contains("南通市"), "\(row)")
        #expect(queue.contains("／狼山"), "\(row)")
        #expect(QueuePresenter.partyAndSubject("南通市狼山广教寺", "观音文化节", width: 19) == "南通市…／观音文化节")
        // A very long party name still leaves the subject half the room.
        let long = QueuePresenter.partyAndSubject(String(repeating: "长", count: 30), "短期活动事由很长很长", width: 19)
        #expect(DisplayWidth.of(long) <= 19)
        #expect(long.contains("／短期"))
        #expect(QueuePresenter.partyAndSubject("某公司", "某公司擅自举行活动案", width: 40) == "某公司／擅自举行活动案")
    }
}
