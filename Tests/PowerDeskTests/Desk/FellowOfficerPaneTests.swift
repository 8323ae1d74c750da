import Foundation
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// Fellow officers (行政处罚法 Art. 42) are chosen at the desk from whom the engine would accept,
/// by name with their certificate, not typed as user ids.
@Suite struct FellowOfficerPaneTests {
    @Test func fellowOfficersAreChosenByNameWithTheirCertificate() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("handler")
        let ids = (1...15).map { String(format: "CF2026%06d", $0) }
        let state = try #require(ids.lazy.compactMap { try? fixture.store.cases.load($0) }.first { $0.step == "investigation" })
        let engine = try fixture.store.cases.engine(for: state)
        let officers = engine.fellowOfficers(of: desk.session.actor, on: desk.session.today)
        // Certificated officers other than the handler; never the clerk or the monitor (no certificate).
        #expect(officers.contains { $0.userID == "handler2" && $0.name == "赵承办" })
        #expect(!officers.contains { ["handler", "clerk", "monitor"].contains($0.userID) })
        let action = try #require(engine.flow(for: state)?.step("investigation")?.action("finish-investigation"))
        let item = try #require(engine.definitions.item(state.itemCode))
        let form = ActionFormModel(state: state, action: action, item: item, officers: officers)
        let field = try #require(form.fields.firstIndex { $0.kind == .participants })
        desk.dialogs.append(ActionFormDialog(form: form, definitions: engine.definitions))
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press(Array(repeating: .tab, count: field), on: desk, screen: screen)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("赵承办（handler2）执法证 32060020260002"), "\(text)")
        // At 80 columns the legend keeps every meaning, with fewer keys each (help lists them all).
        #expect(screen.lines[23].contains("Space/← 勾选/切换"), "\(screen.lines[23])")
        #expect(!screen.lines[23].contains("…"))
        let position = try #require(officers.firstIndex { $0.userID == "handler2" })
        DeskFixture.press(Array(repeating: .right, count: position) + [.character(" ")], on: desk, screen: screen)
        let chosen = try #require((desk.overlay as? ActionFormDialog)?.form)
        #expect(chosen.participants == ["handler2"])
        #expect(screen.lines.joined().contains("[✓] 赵承办"))
    }

    @Test func aDecisionCarriesTheProposalsJustificationOver() throws {
        let fixture = try DeskFixture()
        // The demo case whose proposal gave a justification (a penalty above the band's middle).
        let ids = (1...15).map { String(format: "CF2026%06d", $0) }
        let state = try #require(ids.lazy.compactMap { try? fixture.store.cases.load($0) }.first { $0.proposal?.justification != nil })
        let proposed = try #require(state.proposal?.justification)
        let engine = try fixture.store.cases.engine(for: state)
        let decide = try #require(engine.flow(for: state)?.step("decision")?.action("decide-penalty"))
        let form = ActionFormModel(state: state, action: decide, item: try #require(engine.definitions.item(state.itemCode)))
        #expect(form.value(.justification) == proposed.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(form.penalty?.justification == proposed.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
