import Localization

/// An edit that did not validate: its errors with their line numbers, and the choice to edit
/// again or abandon. Nothing invalid is ever installed.
struct EditErrorsDialog: Dialog {
    let target: EditTarget
    let text: String
    let errors: [String]

    static let table: [Binding<DialogCommand>] = [
        Binding([.character("e")], DialogPhrases.keyEditAgain, .edit),
        Binding([.escape], DialogPhrases.keyAbandon, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { Self.table }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .edit: .perform(.edit(target, text: text))
        case .close: .closeNoting(DeskPhrases.editAbandoned())
        default: .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        var body: [StyledLine] = []
        for error in errors { body += DisplayWidth.wrap(error, to: width - 2).map { [Span($0, .danger)] } }
        Frame.center(Frame.box(title: DeskPhrases.editInvalidTitle(target.title).text(l), body: Array(body.prefix(screen.rows - 4)), width: width), width: width, on: screen)
    }
}
