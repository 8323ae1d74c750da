import Foundation
import Localization
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// Every dialog's key table is the one truth about its keys: the legend shows exactly its
/// legend bindings, the help lists exactly its meanings, and no key is bound twice.
@Suite struct DialogKeyTableTests {
    /// One of every dialog kind, in each of its states that has a table of its own.
    static func everyDialog(_ fixture: DeskFixture) throws -> [(String, any Dialog)] {
        let state = try fixture.store.cases.load("XK2026000001")
        let set = try fixture.store.cases.engine(for: state).definitions
        let item = try #require(set.item(state.itemCode))
        let engine = try fixture.store.cases.engine(for: state)
        let clerk = try fixture.store.users.authenticate("clerk", password: DemoSeeder.password)
        let actions = engine.available(state, for: clerk, on: CivilDate(year: 2026, month: 3, day: 16)!)
        let withOpinion = try #require(actions.first { $0.isEnabled && $0.action.opinion != .none })
        var form = ActionFormModel(state: state, action: withOpinion.action, item: item)
        var onLast = form
        onLast.focus = max(0, form.fields.count - 1)
        form.focus = 0
        var newCase = NewCaseModel(items: set.items)
        let chooseItem = NewCaseDialog(model: newCase)
        newCase.item = item
        var documents = DocumentsModel(caseID: state.id, documents: [], selected: 0)
        let list = DocumentsDialog(model: documents)
        documents.mode = .preview(offset: 0)
        let preview = DocumentsDialog(model: documents)
        documents.mode = .correction(reason: TextField(), address: TextField(), onAddress: false)
        let correction = DocumentsDialog(model: documents)
        var attachOnEntry = AttachFileDialog(caseID: state.id, materials: item.materials, path: TextField())
        attachOnEntry.onEntry = true
        let complaint = try fixture.store.complaints.register(ComplaintPaneTests.draft("办件拖延", caseIDs: [state.id]), by: clerk).record
        let complaintActions = ComplaintPresenter.actions(complaint, procedure: set.procedures[ComplaintDesk.flow], posts: ["monitor"], postNames: { $0.joined() })
        return [
            ("actions", ActionsDialog(state: state, items: actions, definitions: set)),
            ("form", ActionFormDialog(form: form, definitions: set)),
            ("form, last field", ActionFormDialog(form: onLast, definitions: set)),
            ("search", SearchDialog()),
            ("bulk", BulkApprovalDialog(cases: [state])),
            ("materials", MaterialsDialog(state: state, options: item.materials)),
            ("facts", FactsDialog(model: FactsModel(state: state, item: item))),
            ("new case, item", chooseItem),
            ("new case, form", NewCaseDialog(model: newCase)),
            ("catalogue", CatalogueDialog(entries: set.items.map(CatalogueEntry.item), version: 1, mayEdit: true, mayConfirm: true)),
            ("catalogue, read", CatalogueDialog(entries: [], version: 1, mayEdit: false, mayConfirm: false)),
            ("confirm draft", ConfirmDraftDialog(version: 2)),
            ("edit errors", EditErrorsDialog(target: .schedule(year: 2027), text: "", errors: ["第1行：有误"])),
            ("change request", ChangeRequestDialog(model: ChangeRequestModel(title: item.code, sources: []))),
            ("users", UsersDialog(list: try fixture.store.users.all())),
            ("user form", UserFormDialog()),
            ("documents", list),
            ("document preview", preview),
            ("correction", correction),
            ("help", HelpDialog(body: [])),
            ("files", FilesDialog(caseID: state.id, materials: item.materials, inbox: "/tmp", files: [], waiting: [])),
            ("attach, path", AttachFileDialog(caseID: state.id, materials: item.materials, path: TextField())),
            ("attach, entry", attachOnEntry),
            ("complaints", ComplaintsDialog(records: [complaint])),
            ("complaint", ComplaintDetailDialog(record: complaint, cases: [])),
            ("complaint actions", ComplaintActionsDialog(record: complaint, items: complaintActions)),
            ("complaint note", ComplaintNoteDialog(id: complaint.id, item: try #require(complaintActions.first))),
            ("remedy, choice", RemedyOutcomeDialog(caseID: state.id)),
            ("remedy, text", RemedyOutcomeDialog(caseID: state.id, focus: 3)),
            ("remedy, last", RemedyOutcomeDialog(caseID: state.id, focus: 6)),
        ]
    }

    @Test func legendAndHelpListExactlyTheKeyTable() throws {
        let fixture = try DeskFixture()
        for (name, dialog) in try Self.everyDialog(fixture) {
            let table = dialog.keys
            #expect(!table.isEmpty, "\(name) has no keys")
            // The legend, with room for all of it: each legend binding once, in order, nothing else.
            let legend = Binding.legend(table, language: .zh, width: 1_000).map(\.text).joined()
            let expected = table.filter(\.inLegend).map { "\($0.keyText) \($0.label.template(.zh))  " }.joined()
            #expect(legend == expected, "\(name): legend \(legend) ≠ \(expected)")
            // The help: one line per meaning, each with every key of that meaning.
            let help = HelpDialog(keysOf: dialog, language: .zh).body.dropFirst().map { $0.map(\.text).joined() }
            let meanings = table.reduce(into: [Phrase]()) { if !$0.contains($1.label) { $0.append($1.label) } }
            #expect(help.count == meanings.count, "\(name): help \(help)")
            for binding in table {
                let line = help.first { $0.contains(binding.label.template(.zh)) }
                #expect(line?.contains(binding.keyText) == true, "\(name): help does not list \(binding.keyText) \(binding.label.template(.zh))")
            }
            // No key means two things; each key of the table dispatches its own binding's command.
            let keys = table.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(name) binds a key twice: \(keys.map(\.label))")
            for binding in table {
                for key in binding.keys { #expect(dialog.command(for: key) == binding.command, "\(name): \(key.label)") }
            }
        }
    }

    @Test func theMaterialsLegendShowsSpaceAndEnterSubmits() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        let state = try fixture.store.cases.load("XK2026000001")
        let item = try #require(try fixture.store.cases.engine(for: state).definitions.item(state.itemCode))
        desk.dialogs.append(MaterialsDialog(state: state, options: item.materials))
        desk.render(on: screen)
        let legend = screen.lines[39]
        #expect(legend.contains("Space 勾选/切换"))
        #expect(legend.contains("Enter/F10/Ctrl-S 提交"))
        // Space ticks (as the legend says); Enter then records what is ticked.
        _ = desk.handle(.character(" "))
        #expect((desk.overlay as? MaterialsDialog)?.ticked.count == 1)
    }
}
