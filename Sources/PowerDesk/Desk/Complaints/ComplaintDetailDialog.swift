import Localization
import Storage

/// One complaint: its limits, whom and what it concerns, its steps; `a` or Enter lists the
/// actions of the flow at its step. The complainant is in the record only for the supervision post.
struct ComplaintDetailDialog: Dialog {
    let record: ComplaintRecord
    let cases: [ComplaintCaseSummary]
    var offset = 0

    static let table: [Binding<DialogCommand>] = [
        Binding([.enter, .character("a")], SupervisionThirdPhrases.keyHandle, .choose),
        Binding([.up, .down, .character("k"), .character("j")], SupervisionThirdPhrases.keyScroll, .move),
        Binding([.escape, .character("q")], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { Self.table }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move:
            let up = key == .up || key == .character("k")
            offset = up ? max(0, offset - 1) : min(max(0, lines(context).count - 1), offset + 1)
            return .stay
        case .choose:
            let procedure = context.active.procedures[ComplaintDesk.flow]
            let items = ComplaintPresenter.actions(record, procedure: procedure, posts: context.posts, postNames: context.postNames)
            return .push(ComplaintActionsDialog(record: record, items: items))
        case .close: return .close
        default: return .stay
        }
    }

    func lines(_ context: DialogContext) -> [StyledLine] {
        ComplaintPresenter.detailLines(record, cases: cases, procedure: context.active.procedures[ComplaintDesk.flow], userNames: context.userNames,
                                       today: context.today, width: context.width - 2, language: context.language)
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let title = SupervisionThirdPhrases.detailTitle(record.id, ComplaintPresenter.kind(record.kind).template(l), record.subject).text(l)
        let body = Array(lines(context).dropFirst(offset))
        let width = context.width
        Frame.center(Frame.box(title: title, body: Array(body.prefix(max(1, screen.rows - 3))), width: width), width: width, on: screen)
    }
}
