import Localization
import Storage

/// The complaints and opinions (R26) for the supervision post and the leadership: open and
/// overdue first, each with the limit running; Enter opens one. The store decides who may read
/// them and whether the complainant is shown.
struct ComplaintsDialog: Dialog {
    /// Already in the screen's order (`ComplaintPresenter.ordered`).
    let records: [ComplaintRecord]
    var selected = 0

    static let table: [Binding<DialogCommand>] = [
        Binding([.up, .down, .character("k"), .character("j")], DeskPhrases.keyMove, .move),
        Binding([.enter], SupervisionThirdPhrases.keyDetail, .choose),
        Binding([.escape, .character("q")], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { Self.table }

    var selectedID: String? { records.indices.contains(selected) ? records[selected].id : nil }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move:
            let up = key == .up || key == .character("k")
            selected = up ? max(0, selected - 1) : min(max(0, records.count - 1), selected + 1)
            return .stay
        case .choose:
            guard let id = selectedID else { return .stay }
            return .perform(.supervision(.show(id)))
        case .close: return .close
        default: return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let procedure = context.active.procedures[ComplaintDesk.flow]
        let start = procedure?.start ?? "register"
        let open = records.filter { $0.concludedOn == nil }
        let late = open.filter { ComplaintPresenter.isOverdue($0, start: start, today: context.today) }
        let visible = max(1, screen.rows - 3)
        let first = max(0, min(selected - visible / 2, records.count - visible))
        var body: [StyledLine] = records.enumerated().dropFirst(first).prefix(visible).map { index, record in
            ComplaintPresenter.listLine(record, procedure: procedure, today: context.today, width: width - 2, selected: index == selected, language: l)
        }
        if records.isEmpty { body = [[Span(SupervisionThirdPhrases.listEmpty.template(l), .muted)]] }
        let title = SupervisionThirdPhrases.listTitle(open.count, late.count).text(l)
        Frame.center(Frame.box(title: title, body: body, width: width), width: width, on: screen)
    }
}
