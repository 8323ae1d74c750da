import Foundation
import Localization

/// The note of a complaint action (the opinion or reason its definition asks for); submitting
/// asks the desk to act. A required note left empty is refused here and by the store.
struct ComplaintNoteDialog: Dialog {
    let id: String
    let item: ComplaintActionItem
    var field = TextField(maxLength: TextField.singleLineLimit)

    var keys: [Binding<DialogCommand>] { DialogKeys.singleField }
    var takesText: Bool { true }
    var hasInput: Bool { !field.text.isEmpty }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .submit:
            let note = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if item.needsNote, note.isEmpty { return .refuse(SupervisionThirdPhrases.noteMissing(item.action.name)) }
            return .perform(.supervision(.act(id: id, action: item.action.code, note: note)))
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
        let prompt = item.needsNote ? SupervisionThirdPhrases.noteRequired : SupervisionThirdPhrases.noteOptional
        let box = Frame.box(title: SupervisionThirdPhrases.noteTitle(id, item.action.name).text(l),
                            body: [[Span(prompt.template(l))], [Span(shown.text, TextStyle(underline: true))]], width: width)
        let origin = Frame.center(box, width: width, on: screen)
        screen.placeCursor(row: origin.row + 2, column: origin.column + 1 + shown.cursorColumn)
    }
}
