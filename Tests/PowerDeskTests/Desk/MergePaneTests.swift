import Foundation
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// Merging cases at the desk (并案, R6): the form lists the party's other open cases to tick,
/// instead of asking for cases it gives no way to choose.
@Suite struct MergePaneTests {
    @Test func theMergeFormListsThePartysOtherOpenCasesToTick() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("handler")
        let ids = (1...15).map { String(format: "CF2026%06d", $0) }
        let primary = try #require(ids.lazy.compactMap { try? fixture.store.cases.load($0) }.first { $0.step == "investigation" && $0.merged.isEmpty })
        // A second violation by the same party, opened today.
        let other = try fixture.store.cases.open(CaseDraft(itemCode: primary.itemCode, party: primary.party, subject: "同一当事人的另一违法行为"),
                                                 by: desk.session.actor).state
        let engine = try fixture.store.cases.engine(for: primary)
        let items = engine.available(primary, for: desk.session.actor, on: desk.session.today)
        var actions = ActionsDialog(state: primary, items: items, definitions: engine.definitions)
        actions.selected = try #require(items.firstIndex { $0.action.kind == .merge && $0.isEnabled })
        desk.dialogs.append(actions)
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.enter], on: desk, screen: screen)
        let form = try #require((desk.overlay as? ActionFormDialog)?.form)
        #expect(form.mergeCandidates.map(\.id).contains(other.id))
        #expect(!form.mergeCandidates.map(\.id).contains(primary.id))
        #expect(screen.lines.joined().contains("[ ] \(other.id)"), "\(screen.lines.joined(separator: "\n"))")
        // Sent with nothing ticked, it asks for the cases and keeps the form.
        DeskFixture.press(DeskFixture.type("同一当事人的两项违法行为，并案处理") + [.function(10)], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("请勾选要并案的案件"))
        #expect(desk.overlay is ActionFormDialog)
        let field = try #require(form.fields.firstIndex { $0.kind == .mergeWith })
        let position = try #require(form.mergeCandidates.firstIndex { $0.id == other.id })
        DeskFixture.press([.tab] + Array(repeating: .right, count: position) + [.character(" "), .function(10)], on: desk, screen: screen)
        #expect(field == 1)
        #expect(desk.overlay == nil, "\(desk.message?.text ?? "")")
        let merged = try fixture.store.cases.load(primary.id)
        #expect(merged.merged.map(\.caseID) == [other.id])
        #expect(try fixture.store.cases.load(other.id).absorbedInto == primary.id)
    }
}
