import Localization
import Workflow

/// The selected case's key facts, recorded or corrected (a case opened without them is
/// otherwise stuck at the guard that needs them).
struct FactsDialog: Dialog {
    var model: FactsModel

    var keys: [Binding<DialogCommand>] { DialogKeys.form(last: model.focus >= model.fields.count - 1) }
    var takesText: Bool { true }
    var hasInput: Bool { model.isChanged }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .close: return .close
        case .next: model.focus = min(model.fields.count - 1, model.focus + 1)
        case .previous: model.focus = max(0, model.focus - 1)
        case .submit:
            switch model.changes() {
            case let .failure(problem): return .refuse(problem)
            case let .success(facts) where facts.isEmpty: return .closeNoting(DeskPhrases.editUnchanged())
            case let .success(facts): return .perform(.recordFacts(caseID: model.state.id, facts: facts, revision: model.state.revision))
            }
        default: _ = model.inputs[model.focus].handle(key)
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        for (index, fact) in model.fields.enumerated() {
            let focused = index == model.focus
            let label = fact.name + (fact.unit.map { "（\($0)）" } ?? "") + (fact.required ? "*" : "")
            let labelText = DisplayWidth.pad(DisplayWidth.truncate(TerminalText.sanitize(label), to: 20), to: 21)
            let fieldWidth = max(10, inner - 24)
            let shown = model.inputs[index].visible(width: fieldWidth)
            if focused { cursor = (body.count, 2 + 21 + shown.cursorColumn) }
            body.append([Span((focused ? "▸ " : "  ") + labelText, focused ? .heading : .plain),
                         Span(DisplayWidth.pad(shown.text, to: fieldWidth), TextStyle(underline: true))])
            if case let .failure(problem)? = model.change(index) {
                body.append([Span("    " + DeskPhrases.factBad(problem).text(l), .danger)])
            }
        }
        let title = DeskPhrases.factsTitle("\(model.state.id) \(model.state.subject)").text(l)
        Frame.scrolled(title: title, body: body, focusRow: cursor?.row ?? 0, cursor: cursor, budget: max(4, screen.rows - 6), width: width, on: screen)
    }
}
