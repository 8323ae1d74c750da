import Localization
import Workflow

/// The actions the engine allows on a case at its step, the disabled ones with their reason.
struct ActionsDialog: Dialog {
    let state: CaseState
    let items: [AvailableAction]
    /// The definitions the case runs on (its flow version), for the action's form.
    let definitions: DefinitionSet
    /// Whom the engine would accept as fellow officers, for forms that need them.
    let officers: [OfficerCredential]
    var selected: Int

    init(state: CaseState, items: [AvailableAction], definitions: DefinitionSet, officers: [OfficerCredential] = []) {
        self.state = state
        self.items = items
        self.definitions = definitions
        self.officers = officers
        selected = items.firstIndex(where: \.isEnabled) ?? 0
    }

    var keys: [Binding<DialogCommand>] { DialogKeys.menu }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move:
            let step = key == .up || key == .character("k") ? -1 : 1
            selected = min(max(0, selected + step), max(0, items.count - 1))
            return .stay
        case .choose:
            guard items.indices.contains(selected) else { return .stay }
            let chosen = items[selected]
            guard chosen.isEnabled else { return .refuse(chosen.disabledReasons.first ?? DeskPhrases.actionsNone()) }
            guard let item = definitions.item(state.itemCode) else { return .stay }
            let form = ActionFormModel(
                state: state, action: chosen.action, item: item, officers: officers, definitions: definitions)
            // A merge lists the party's other open cases, which only the store can read.
            if chosen.action.kind == .merge { return .perform(.listMergeCandidates(form, definitions)) }
            return form.fields.isEmpty ? .perform(.act(form)) : .replace(ActionFormDialog(form: form, definitions: definitions))
        case .close: return .close
        default: return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        var body: [StyledLine] = []
        if items.isEmpty { body.append([Span(DeskPhrases.actionsNone().text(l), .muted)]) }
        for (position, item) in items.enumerated() {
            let pointer = position == selected ? "▸ " : "  "
            if item.isEnabled {
                body.append([Span(pointer + item.action.name, position == selected ? TextStyle.selected.with(bold: true) : .plain)])
            } else {
                let reason = item.disabledReasons.map { $0.text(l) }.joined(separator: "；")
                body.append([Span(pointer + item.action.name, position == selected ? TextStyle.selected : .muted), Span("　" + reason, .muted)])
            }
        }
        let title = DeskPhrases.actionsTitle("\(state.id) \(state.subject)").text(l)
        Frame.center(Frame.box(title: title, body: body, width: width), width: width, on: screen)
    }
}
