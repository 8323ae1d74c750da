import Foundation
import Storage
import Testing
import Workflow

@testable import PowerDesk

/// A merged case (并案, R6) from the handler's desk to the leader's: the proposal's form weighs
/// each merged violation on its own item (level and fine, 行政处罚法 Art. 29), and the leader's
/// decision keeps every violation the proposal notified.
@Suite struct MergedProposalPaneTests {
    /// Moves the queue's selection to `caseID` (its tab already shown).
    static func select(_ caseID: String, desk: MainDeskView, screen: ScreenBuffer) throws {
        for _ in 0..<60 where desk.selectedState?.id != caseID { DeskFixture.press([.down], on: desk, screen: screen) }
        try #require(desk.selectedState?.id == caseID)
    }

    /// Opens the selected case's actions and points at the first enabled one `matching`.
    static func choose(_ desk: MainDeskView, screen: ScreenBuffer, matching: (ActionDefinition) -> Bool) throws {
        DeskFixture.press([.enter], on: desk, screen: screen)
        let menu = try #require(desk.overlay as? ActionsDialog)
        let target = try #require(
            menu.items.firstIndex { matching($0.action) && $0.isEnabled },
            "\(menu.items.map { ($0.action.code, $0.disabledReasons) })")
        let moves = target - menu.selected
        DeskFixture.press(
            Array(repeating: moves < 0 ? Key.up : .down, count: abs(moves)) + [.enter], on: desk, screen: screen)
    }

    /// Moves the form's focus to the first field `matching`.
    static func focus(
        _ desk: MainDeskView, screen: ScreenBuffer, _ matching: (ActionFormModel.FieldKind) -> Bool
    ) throws {
        let form = try #require((desk.overlay as? ActionFormDialog)?.form)
        let target = try #require(form.fields.firstIndex { matching($0.kind) })
        DeskFixture.press(
            Array(repeating: target > form.focus ? Key.tab : .backTab, count: abs(target - form.focus)), on: desk,
            screen: screen)
    }

    @Test(arguments: [(24, 80), (40, 120)])
    func theHandlerProposesForEveryMergedViolationAndTheLeaderDecidesThemAll(rows: Int, columns: Int) throws {
        let fixture = try DeskFixture()
        let screen = ScreenBuffer(rows: rows, columns: columns)
        let handler = try fixture.desk("handler")
        let ids = (1...15).map { String(format: "CF2026%06d", $0) }
        let primary = try #require(
            ids.lazy.compactMap { try? fixture.store.cases.load($0) }.first {
                $0.step == "investigation" && $0.merged.isEmpty
            })
        // A second violation by the same party, of the same kind.
        let other = try fixture.store.cases.open(
            CaseDraft(
                itemCode: primary.itemCode, party: primary.party, subject: "同一当事人的另一违法行为",
                facts: primary.facts), by: handler.session.actor
        ).state
        DeskFixture.press([.character("r")], on: handler, screen: screen)
        try Self.select(primary.id, desk: handler, screen: screen)

        // Merged at the desk: the other case ticked from the party's list.
        try Self.choose(handler, screen: screen) { $0.kind == .merge }
        let mergeForm = try #require((handler.overlay as? ActionFormDialog)?.form)
        let position = try #require(mergeForm.mergeCandidates.firstIndex { $0.id == other.id })
        DeskFixture.press(DeskFixture.type("同一当事人两项违法行为，并案处理"), on: handler, screen: screen)
        try Self.focus(handler, screen: screen) { $0 == .mergeWith }
        DeskFixture.press(
            Array(repeating: .right, count: position) + [.character(" "), .function(10)], on: handler, screen: screen)
        #expect(handler.overlay == nil, "\(handler.message?.text ?? "")")
        #expect(try fixture.store.cases.load(primary.id).merged.map(\.caseID) == [other.id])

        // The proposal: the form asks for the merged violation's level and fine too.
        try Self.choose(handler, screen: screen) { $0.penalty == .proposal }
        var form = try #require((handler.overlay as? ActionFormDialog)?.form)
        #expect(
            form.fields.contains { $0.kind == .mergedLevel(other.id) }
                && form.fields.contains { $0.kind == .mergedFine(other.id) })
        DeskFixture.press(DeskFixture.type("经查，当事人两次擅自举行大型宗教活动，事实清楚，证据确凿"), on: handler, screen: screen)
        if form.fields.contains(where: { $0.kind == .participants }) {
            try Self.focus(handler, screen: screen) { $0 == .participants }
            DeskFixture.press([.character(" ")], on: handler, screen: screen)
        }
        let active = handler.session.active
        let check = DiscretionCheck(items: { active.item($0) })
        let levels = form.levels
        let ownFine = try #require(
            check.fineRanges(itemCode: primary.itemCode, level: levels[0].code, facts: primary.facts).band?.lowerBound)
        try Self.focus(handler, screen: screen) { $0 == .fine }
        DeskFixture.press(DeskFixture.type(ownFine.figure), on: handler, screen: screen)
        // The merged violation one level up, its fine at the bottom of that level's band.
        try Self.focus(handler, screen: screen) { $0 == .mergedLevel(other.id) }
        #expect(screen.lines.joined().contains("并案 \(other.id)"), "\(screen.lines.joined(separator: "\n"))")
        DeskFixture.press([.right], on: handler, screen: screen)
        form = try #require((handler.overlay as? ActionFormDialog)?.form)
        let mergedLevel = try #require(form.mergedLevel(other.id))
        #expect(mergedLevel.code == levels[1].code)
        let mergedFine = try #require(
            check.fineRanges(itemCode: other.itemCode, level: mergedLevel.code, facts: other.facts).band?.lowerBound)
        try Self.focus(handler, screen: screen) { $0 == .mergedFine(other.id) }
        DeskFixture.press(DeskFixture.type(mergedFine.figure) + [.function(10)], on: handler, screen: screen)
        #expect(handler.overlay == nil, "\(handler.message?.text ?? "")")
        let proposed = try fixture.store.cases.load(primary.id)
        let violations = try #require(proposed.proposal?.violations)
        #expect(violations.map(\.caseID) == [primary.id, other.id])
        #expect(violations.map(\.level) == [levels[0].code, mergedLevel.code])
        #expect(violations.map(\.fine) == [ownFine, mergedFine])

        // Review, legal review, the notice and its service, the statement period run out.
        let today = handler.session.today
        for (user, action, inputs) in [
            ("chief", "review-approve", [:]), ("legal", "legal-pass", [:]), ("handler", "send-notice", [:]),
            (
                "handler", "record-service",
                ["service-method": "直接送达", "served-on": today.description, "recipient": primary.party.name]
            ),
        ] {
            let actor = try fixture.store.users.authenticate(user, password: DemoSeeder.password)
            _ = try fixture.store.cases.act(
                primary.id, CaseCommand(action: action, opinion: "同意", inputs: inputs), by: actor)
        }
        try ClockAdvance.advance(fixture.store, count: 6, unit: .workday, by: "trainer")
        let later = try PowerDeskStore.open(at: fixture.directory.appendingPathComponent("demo.sqlite").path)
        _ = try later.cases.act(
            primary.id, CaseCommand(action: "no-statement"),
            by: try later.users.authenticate("handler", password: DemoSeeder.password))

        // The leader decides at the desk: the form starts from the proposal, both violations kept.
        let leader = MainDeskView(
            session: try DeskSession(
                store: later, actor: try later.users.authenticate("leader", password: DemoSeeder.password),
                language: .zh))
        try Self.select(primary.id, desk: leader, screen: screen)
        // Fines of 100,000 yuan and more together: the leaders discuss it first (Art. 57(2)).
        try Self.choose(leader, screen: screen) { $0.code == "collective-discussion" }
        DeskFixture.press(
            DeskFixture.type("局长、分管局长、法制科长参加，一致同意按拟处罚意见作出决定") + [.function(10)], on: leader, screen: screen)
        #expect(leader.overlay == nil, "\(leader.message?.text ?? "")")
        try Self.choose(leader, screen: screen) {
            $0.penalty == .decision && $0.kind != .merge && $0.code.hasPrefix("decide")
        }
        let decision = try #require((leader.overlay as? ActionFormDialog)?.form)
        #expect(decision.penalty?.violations.map(\.caseID) == [primary.id, other.id])
        DeskFixture.press(DeskFixture.type("同意") + [.function(10)], on: leader, screen: screen)
        #expect(leader.overlay == nil, "\(leader.message?.text ?? "")")
        let decided = try later.cases.load(primary.id)
        #expect(decided.decision?.violations.map(\.caseID) == [primary.id, other.id])
        #expect(decided.decision?.violations.map(\.fine) == [ownFine, mergedFine])
        #expect(decided.step == "service")
        #expect(try later.verify().isIntact)
    }
}
