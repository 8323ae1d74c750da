import Localization
import Workflow

/// Materials received for a case: the ones still missing, ticked with Space.
struct MaterialsDialog: Dialog {
    let state: CaseState
    let options: [MaterialRequirement]
    var ticked: Set<String> = []
    var focus = 0

    static let table: [Binding<DialogCommand>] = [
        Binding([.up, .down, .tab], DeskPhrases.keyMove, .move),
        Binding([.character(" ")], DeskPhrases.keyToggle, .toggle),
        Binding([.enter] + DialogKeys.submitKeys, DeskPhrases.keySubmit, .submit),
        Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { Self.table }
    var hasInput: Bool { !ticked.isEmpty }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move:
            focus = key == .up ? max(0, focus - 1) : min(options.count - 1, focus + 1)
        case .toggle:
            guard options.indices.contains(focus) else { return .stay }
            let code = options[focus].code
            if ticked.contains(code) { ticked.remove(code) } else { ticked.insert(code) }
        case .submit:
            guard !ticked.isEmpty else { return .refuse(DeskPhrases.materialsNothing()) }
            let received = Dictionary(options.filter { ticked.contains($0.code) }.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
            return .perform(.addMaterials(caseID: state.id, received: received, revision: state.revision))
        case .close: return .close
        default: break
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let width = context.width
        let body = options.enumerated().map { index, material -> StyledLine in
            let mark = ticked.contains(material.code) ? "[✓] " : "[ ] "
            return [Span((index == focus ? "▸ " : "  ") + mark + material.name, index == focus ? .heading : .plain)]
        }
        Frame.center(Frame.box(title: DeskPhrases.materialsTitle(state.id).text(context.language), body: body, width: width), width: width, on: screen)
    }
}
