import Localization
import Workflow

/// The admin's change request after a valid edit: the reason and the day the law or the duties
/// changed (R3); the edited files become a draft that legal confirms.
struct ChangeRequestDialog: Dialog {
    var model: ChangeRequestModel

    var keys: [Binding<DialogCommand>] { DialogKeys.form(last: model.focusOnDate) }
    var takesText: Bool { true }
    // The edited definition itself is lost with the request.
    var hasInput: Bool { true }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .close: return .closeNoting(DeskPhrases.editAbandoned())
        case .next, .previous: model.focusOnDate.toggle()
        case .submit:
            let note = model.note.text.trimmingCharacters(in: .whitespaces)
            let dateText = model.lawDate.text.trimmingCharacters(in: .whitespaces)
            guard !note.isEmpty else { return .refuse(DeskPhrases.noteRequired()) }
            var lawDate: CivilDate?
            if !dateText.isEmpty {
                guard let parsed = CivilDate(iso: dateText) else { return .refuse(DeskPhrases.dateBad(dateText)) }
                lawDate = parsed
            }
            return .perform(.proposeDraft(sources: model.sources, note: note, lawChangedOn: lawDate))
        default:
            if model.focusOnDate { _ = model.lawDate.handle(key) } else { _ = model.note.handle(key) }
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        let note = model.note.visible(width: inner - 2)
        let date = model.lawDate.visible(width: inner - 2)
        let onDate = model.focusOnDate
        let body: [StyledLine] = [
            [Span((onDate ? "  " : "▸ ") + DeskPhrases.fieldNote().text(l) + DeskPhrases.fieldRequired().text(l), onDate ? .plain : .heading)],
            [Span("  "), Span(DisplayWidth.pad(note.text, to: inner - 2), TextStyle(underline: true))],
            [Span((onDate ? "▸ " : "  ") + DeskPhrases.fieldLawDate().text(l), onDate ? .heading : .plain)],
            [Span("  "), Span(DisplayWidth.pad(date.text, to: inner - 2), TextStyle(underline: true))],
        ]
        let origin = Frame.center(Frame.box(title: DeskPhrases.proposeTitle(model.title).text(l), body: body, width: width), width: width, on: screen)
        let shown = onDate ? date : note
        screen.placeCursor(row: origin.row + (onDate ? 4 : 2), column: origin.column + 3 + shown.cursorColumn)
    }
}
