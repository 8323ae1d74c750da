import Localization
import Storage

/// The actions of the complaint flow at a complaint's step; one the signed-in post may not take
/// is listed with its reason and refused on Enter. Choosing one asks for its note.
struct ComplaintActionsDialog: Dialog {
    let record: ComplaintRecord
    let items: [ComplaintActionItem]
    var selected = 0

    var keys: [Binding<DialogCommand>] { DialogKeys.menu }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move:
            let up = key == .up || key == .character("k")
            selected = up ? max(0, selected - 1) : min(max(0, items.count - 1), selected + 1)
            return .stay
        case .choose:
            guard items.indices.contains(selected) else { return .stay }
            let item = items[selected]
            if let refusal = item.refusal {
                return .refuse(SupervisionThirdPhrases.disabled(item.action.name, refusal.text(context.language)))
            }
            return .replace(ComplaintNoteDialog(id: record.id, item: item))
        case .close: return .close
        default: return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let step = ComplaintPresenter.stepName(record.step, in: context.active.procedures[ComplaintDesk.flow])
        var body: [StyledLine] = items.enumerated().map { index, item in
            let style: TextStyle = index == selected ? .selected : (item.isEnabled ? .plain : .muted)
            return [Span(item.action.name, style), Span(item.refusal.map { " " + $0.text(l) } ?? "", .muted)]
        }
        if items.isEmpty { body = [[Span(SupervisionThirdPhrases.noActions.template(l), .muted)]] }
        Frame.center(Frame.box(title: SupervisionThirdPhrases.actionsTitle(record.id, step).text(l), body: body, width: width), width: width, on: screen)
    }
}
