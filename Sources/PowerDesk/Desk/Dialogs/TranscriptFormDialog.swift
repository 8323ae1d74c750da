import Localization
import Workflow

/// A new transcript (笔录) for a case: the kind (←→), its heads as the kinds file declares
/// them, the officers and the recorder by user name, and the body, where Enter starts a new line
/// (a transcript is typed line by line) and F10 or Ctrl-S saves. A paste keeps its line breaks in
/// the body. The store checks everything and says what is wrong; the form keeps what was typed.
struct TranscriptFormDialog: Dialog {
    let caseID: String
    let kinds: [TranscriptKind]
    var kindIndex = 0
    /// Values typed per head code, kept when the kind changes so nothing typed is lost.
    var heads: [String: TextField] = [:]
    var officers: TextField
    var recorder: TextField
    var body = TextField(multiline: true, maxLength: TranscriptCheck.bodyLimit)
    /// 0 is the kind, then each head, then officers, recorder and body.
    var focus = 0

    init(caseID: String, kinds: [TranscriptKind], user: String) {
        self.caseID = caseID
        self.kinds = kinds
        officers = TextField(user)
        recorder = TextField(user, maxLength: 40)
    }

    var kind: TranscriptKind { kinds[min(kindIndex, kinds.count - 1)] }
    var fieldCount: Int { kind.heads.count + 4 }
    var bodyIndex: Int { fieldCount - 1 }

    var keys: [Binding<DialogCommand>] {
        if focus == 0 {
            var table = DialogKeys.form(last: false)
            table.insert(Binding([.left, .right, .character(" ")], TranscriptPhrases.keyKind, .toggle), at: 2)
            return table
        }
        guard focus == bodyIndex else { return DialogKeys.form(last: false) }
        return [Binding([.enter, .control("o")], TranscriptPhrases.keyNewLine, .type),
                Binding(DialogKeys.submitKeys, DeskPhrases.keySubmit, .submit),
                Binding([.backTab], DialogPhrases.keyPreviousField, .previous),
                Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
                DialogKeys.help]
    }

    var takesText: Bool { focus != 0 }
    var hasInput: Bool { !body.text.isEmpty || heads.values.contains { !$0.text.isEmpty } }

    /// What the form holds as a draft for the store.
    var draft: TranscriptDraft {
        var values: [String: String] = [:]
        for head in kind.heads { values[head.code] = heads[head.code]?.text ?? "" }
        return TranscriptDraft(kind: kind.code, heads: values, officers: officers.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" || $0 == "，" }).map(String.init),
                               recorder: recorder.text, body: body.text)
    }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .close: return .close
        case .next: focus = min(fieldCount - 1, focus + 1)
        case .previous: focus = max(0, focus - 1)
        case .toggle: kindIndex = (kindIndex + (key == .left ? kinds.count - 1 : 1)) % max(1, kinds.count)
        case .submit: return .perform(.transcript(.save(self)))
        default:
            if focus == bodyIndex, key == .enter {
                body.insert("\n")
            } else {
                withFocused { _ = $0.handle(key) }
            }
        }
        return .stay
    }

    /// Applies an edit to the focused text field.
    mutating func withFocused(_ edit: (inout TextField) -> Void) {
        if focus >= 1, focus <= kind.heads.count {
            let code = kind.heads[focus - 1].code
            var field = heads[code] ?? TextField()
            edit(&field)
            heads[code] = field
            return
        }
        switch focus {
        case kind.heads.count + 1: edit(&officers)
        case kind.heads.count + 2: edit(&recorder)
        case bodyIndex: edit(&body)
        default: break
        }
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        let labelWidth = 20
        let fieldWidth = max(10, inner - labelWidth - 3)
        var lines: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        func row(_ index: Int, _ label: String, _ field: TextField) {
            let focused = index == focus
            let shown = field.visible(width: fieldWidth)
            if focused { cursor = (lines.count, 2 + labelWidth + shown.cursorColumn) }
            lines.append([Span((focused ? "▸ " : "  ") + DisplayWidth.pad(DisplayWidth.truncate(TerminalText.sanitize(label), to: labelWidth - 1), to: labelWidth),
                               focused ? .heading : .plain),
                          Span(DisplayWidth.pad(shown.text, to: fieldWidth), TextStyle(underline: true))])
        }
        let kindLabel = DisplayWidth.pad(TranscriptPhrases.fieldKind.template(l), to: labelWidth)
        lines.append([Span((focus == 0 ? "▸ " : "  ") + kindLabel, focus == 0 ? .heading : .plain),
                      Span(TranscriptPhrases.kindChoice(TerminalText.sanitize(kind.name)).text(l), focus == 0 ? .selected : .accent)])
        for (offset, head) in kind.heads.enumerated() {
            row(offset + 1, head.name + (head.required ? "*" : ""), heads[head.code] ?? TextField())
        }
        row(kind.heads.count + 1, TranscriptPhrases.fieldOfficers.template(l), officers)
        row(kind.heads.count + 2, TranscriptPhrases.fieldRecorder.template(l), recorder)
        let bodyFocused = focus == bodyIndex
        lines.append([Span((bodyFocused ? "▸ " : "  ") + TranscriptPhrases.fieldBody.template(l), bodyFocused ? .heading : .plain)])
        let wrapped = body.wrapped(width: inner - 4)
        // The body shows its last lines around the cursor, at least three rows of it.
        let budget = max(4, screen.rows - 6)
        let room = max(3, budget - lines.count)
        let first = max(0, min(wrapped.cursorRow - room + 1, wrapped.lines.count - room))
        if bodyFocused { cursor = (lines.count + wrapped.cursorRow - first, 4 + wrapped.cursorColumn) }
        for line in wrapped.lines.dropFirst(first).prefix(room) {
            lines.append([Span("    "), Span(DisplayWidth.pad(TerminalText.sanitize(line), to: inner - 4), TextStyle(underline: true))])
        }
        let title = TranscriptPhrases.formTitle(kind.name, caseID).text(l)
        Frame.scrolled(title: TerminalText.sanitize(title), body: lines, focusRow: cursor?.row ?? 0, cursor: cursor, budget: budget, width: width, on: screen)
    }
}
