import Localization
import Workflow

/// The chief's bulk approval: the tagged cases (as read when it opened; each is read again
/// before it is approved) and one opinion for all of them.
struct BulkApprovalDialog: Dialog {
    let cases: [CaseState]
    var opinion = TextField()

    var keys: [Binding<DialogCommand>] { DialogKeys.singleField }
    var takesText: Bool { true }
    var hasInput: Bool { !opinion.text.isEmpty }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .submit:
            // One opinion goes on every tagged case's record: an empty one is asked for, never
            // sent as "no opinion" for all of them.
            guard !opinion.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .refuse(DeskPhrases.bulkOpinionRequired()) }
            return .perform(.approveAll(caseIDs: cases.map(\.id), opinion: opinion.text))
        case .close: return .close
        default:
            _ = opinion.handle(key)
            return .stay
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let shown = opinion.visible(width: width - 3)
        // Each tagged case with what supervision was told about it, so one opinion is not given
        // blind to a penalty outside the standard.
        var body: [StyledLine] = []
        for state in cases.prefix(max(1, screen.rows - 10)) {
            body.append([Span(DeskPhrases.bulkCaseLine(state.id, state.subject).text(l))])
            for flag in state.flags { body.append([Span(DeskPhrases.bulkFlagged(flag.detail).text(l), .warning)]) }
        }
        body.append([Span(DeskPhrases.fieldOpinion().text(l), .heading)])
        body.append([Span(shown.text, TextStyle(underline: true))])
        let origin = Frame.center(Frame.box(title: DeskPhrases.bulkTitle(cases.count).text(l), body: body, width: width), width: width, on: screen)
        screen.placeCursor(row: origin.row + body.count, column: origin.column + 1 + shown.cursorColumn)
    }
}
