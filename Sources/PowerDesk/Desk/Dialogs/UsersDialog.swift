import Localization
import Workflow

/// The admin's users and posts. The store checks that the actor is an admin; the screen only
/// saves a wasted trip.
struct UsersDialog: Dialog {
    let list: [Actor]
    var selected = 0

    static let table: [Binding<DialogCommand>] = [
        Binding([.character("n")], DialogPhrases.keyNewUser, .add),
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.escape, .character("q")], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { Self.table }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .add: return .push(UserFormDialog())
        case .move:
            selected = key == .up ? max(0, selected - 1) : min(max(0, list.count - 1), selected + 1)
            return .stay
        case .close: return .close
        default: return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let width = context.width
        let visible = max(1, screen.rows - 4)
        let start = max(0, min(selected - visible / 2, list.count - visible))
        let body = list.enumerated().dropFirst(start).prefix(visible).map { index, user -> StyledLine in
            let posts = context.postNames(user.posts.sorted())
            let style: TextStyle = index == selected ? .selected : .plain
            return [Span(DisplayWidth.pad(user.userID, to: 12), index == selected ? .selected : .accent), Span(DisplayWidth.pad(user.name, to: 10), style), Span(posts, style)]
        }
        Frame.center(Frame.box(title: DeskPhrases.usersTitle().text(context.language), body: Array(body), width: width), width: width, on: screen)
    }
}
