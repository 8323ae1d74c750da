import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The leader's decision form starts from what was proposed and notified, so deciding lighter is a
/// choice and never an empty field's accident.
@Suite struct DecisionFormTests {
    @Test func theDecisionFormCarriesTheProposalOver() throws {
        let fixture = try DeskFixture()
        // CF2026000005 was proposed at the 较轻 level with a fine of 110,000 yuan and notified.
        let state = try fixture.store.cases.load("CF2026000005")
        let proposed = try #require(state.proposal?.violations.first)
        let engine = try fixture.store.cases.engine(for: state)
        let flow = try #require(engine.flow(for: state))
        let decide = try #require(flow.step("decision")?.action("decide-penalty"))
        let item = try #require(engine.definitions.item(state.itemCode))
        let form = ActionFormModel(state: state, action: decide, item: item)
        #expect(form.levels[form.levelIndex].code == proposed.level)
        #expect(form.fine == proposed.fine)
        #expect(form.penalty?.totalFine == proposed.fine)
        // The law's optional sanctions are offered and ticked with Space; the penalty carries them.
        var ticking = form
        ticking.focus = try #require(ticking.fields.firstIndex { $0.kind == .sanctions })
        let options = ActionFormModel.optionalKinds(item)
        #expect(options.contains(.confiscateGains))
        ticking.kindCursor = try #require(options.firstIndex(of: .confiscateGains))
        ticking.edit(.character(" "))
        #expect(ticking.penalty?.violations.first?.sanctions.contains { $0.kind == .confiscateGains } == true)
        ticking.edit(.character(" "))
        #expect(ticking.penalty?.violations.first?.sanctions.contains { $0.kind == .confiscateGains } == false)
        // A proposal's own form starts empty: there is nothing before it to carry over.
        let propose = try #require(flow.step("investigation")?.action("finish-investigation"))
        let fresh = ActionFormModel(state: state, action: propose, item: item)
        #expect(fresh.fine == nil && fresh.levelIndex == 0)
        // The officer is told what the investigation's opinion becomes.
        #expect(fresh.fields.first { $0.kind == .opinion }?.customLabel?.contains("决定书") == true)
    }

    /// A ticked confiscation carries what it takes (《宗教事务条例》 Art. 64 ②): the gains as the case
    /// recorded them, the property as the officer lists it, one thing a line.
    @Test func aConfiscationTakesTheRecordedGainsAndTheListedProperty() throws {
        let fixture = try DeskFixture()
        let notified = try fixture.store.cases.load("CF2026000005")
        let engine = try fixture.store.cases.engine(for: notified)
        let officer = Actor(userID: "handler", name: "李承办", posts: ["handler", "leader"])
        let facts: [String: FactValue] = ["illegal-gains": .money(.yuan(5_000)), "illegal-property": .text("宣传册")]
        guard case let .success(recorded) = engine.recordFacts(facts, on: notified, by: officer, at: Date()) else {
            Issue.record("the facts could not be recorded")
            return
        }
        let state = recorded.state
        let flow = try #require(engine.flow(for: state))
        let item = try #require(engine.definitions.item(state.itemCode))
        var form = ActionFormModel(state: state, action: try #require(flow.step("decision")?.action("decide-penalty")), item: item)
        let options = ActionFormModel.optionalKinds(item)
        form.focus = try #require(form.fields.firstIndex { $0.kind == .sanctions })
        for kind in [PenaltyKind.confiscateGains, .confiscateProperty] {
            form.kindCursor = try #require(options.firstIndex(of: kind))
            form.edit(.character(" "))
        }
        form.focus = try #require(form.fields.firstIndex { $0.kind == .property })
        for character in "宣传册 200 本" { form.edit(.character(character)) }
        let sanctions = try #require(form.penalty?.violations.first?.sanctions)
        #expect(sanctions.first { $0.kind == .confiscateGains }?.amount == .yuan(5_000))
        #expect(sanctions.first { $0.kind == .confiscateProperty }?.property == [ConfiscatedItem(name: "宣传册", quantity: "200", unit: "本")])
    }
}

/// A penalty that may be decided on the spot is opened on the procedure the officer chooses.
@Suite struct NewCaseProcedureTests {
    @Test func theOfficerChoosesTheSimplifiedProcedure() throws {
        let fixture = try DeskFixture()
        let handler = try fixture.desk("handler")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskFixture.press([.character("n")] + DeskFixture.type("CF-019") + [.enter], on: handler, screen: screen)
        #expect(screen.lines.contains { $0.contains("办理程序") && $0.contains("行政处罚普通程序") })
        DeskFixture.press([.right], on: handler, screen: screen)
        #expect(screen.lines.contains { $0.contains("◀ 行政处罚简易程序 ▶") })
        // An item with one procedure offers no choice.
        DeskFixture.press([.escape, .character("n")] + DeskFixture.type("CF-005") + [.enter], on: handler, screen: screen)
        #expect(screen.lines.contains { $0.contains("当事人类型") })
        #expect(!screen.lines.contains { $0.contains("办理程序") })
    }
}
