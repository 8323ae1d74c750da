import Foundation
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// The particulars an action's definition declares (a service's method, date and recipient; the
/// hearing's date, place and host) are asked for by the desk's action form and reach the engine,
/// so the actions that need them can be taken at the desk, not only through `batch`.
@Suite struct ActionInputPaneTests {
    @Test func recordingServiceAsksForTheDeclaredParticularsAndRecordsThem() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("handler")
        let ids = (1...15).map { String(format: "CF2026%06d", $0) }
        let state = try #require(ids.lazy.compactMap { try? fixture.store.cases.load($0) }.first { state in
            state.step == "statement" && !state.history.contains { $0.action == "record-service" }
        })
        let engine = try fixture.store.cases.engine(for: state)
        let action = try #require(engine.flow(for: state)?.step("statement")?.action("record-service"))
        let item = try #require(engine.definitions.item(state.itemCode))
        var form = ActionFormModel(state: state, action: action, item: item)
        let labels = form.fields.compactMap(\.customLabel)
        #expect(labels.contains("送达方式（直接送达/留置送达/邮寄送达/公告送达）"), "\(labels)")
        #expect(labels.contains("送达日期（YYYY-MM-DD）"))
        // What is typed, field by field.
        let typed = ["service-method": "直接送达", "served-on": desk.session.today.description, "recipient": "张三"]
        for (index, field) in form.fields.enumerated() {
            guard case let .input(code) = field.kind, let text = typed[code] else { continue }
            form.fields[index].input = TextField(text)
        }
        #expect(form.inputs == typed)
        // Drawn with its particulars at 80×24.
        desk.dialogs.append(ActionFormDialog(form: form, definitions: engine.definitions))
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([], on: desk, screen: screen)
        #expect(screen.lines.joined(separator: "\n").contains("送达方式"))
        // Sent from the desk, the engine records them on the action.
        _ = try desk.run(.act(form))
        let after = try fixture.store.cases.load(state.id)
        let record = try #require(after.history.last)
        #expect(record.action == "record-service")
        #expect(record.inputs?["recipient"] == "张三" && record.inputs?["service-method"] == "直接送达", "\(String(describing: record.inputs))")
    }
}
