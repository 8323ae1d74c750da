import Localization

/// The search box: serial number, party name, identity number or item code.
struct SearchDialog: Dialog {
    var field = TextField(maxLength: 100)

    var keys: [Binding<DialogCommand>] { DialogKeys.singleField }
    var takesText: Bool { true }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .submit: return .perform(.search(field.text.trimmingCharacters(in: .whitespaces)))
        case .close: return .close
        default:
            _ = field.handle(key)
            return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let shown = field.visible(width: width - 3)
        let box = Frame.box(title: DeskPhrases.keySearch.template(l),
                            body: [[Span(DeskPhrases.searchPrompt().text(l))], [Span(shown.text, TextStyle(underline: true))]], width: width)
        let origin = Frame.center(box, width: width, on: screen)
        screen.placeCursor(row: origin.row + 2, column: origin.column + 1 + shown.cursorColumn)
    }
}
