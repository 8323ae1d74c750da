import Documents
import Localization
import Storage
import Workflow

/// A case's transcripts (笔录): Enter shows one as it prints, `n` writes a new one, `p` prints
/// the selected one for signature.
struct TranscriptsDialog: Dialog {
    let caseID: String
    let kinds: [TranscriptKind]
    let user: String
    var transcripts: [Transcript]
    var selected = 0
    /// The transcript being read: its lines, scrolled to `offset`.
    var preview: [String]?
    var offset = 0

    static let listKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.enter], TranscriptPhrases.keyView, .preview),
        Binding([.character("n")], TranscriptPhrases.keyNew, .add),
        Binding([.character("p")], TranscriptPhrases.keyPrint, .print),
        Binding([.escape], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    static let previewKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down, .pageUp, .pageDown], DeskPhrases.keyScroll, .page),
        Binding([.character("p")], TranscriptPhrases.keyPrint, .print),
        Binding([.escape], DeskPhrases.keyBack, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { preview == nil ? Self.listKeys : Self.previewKeys }

    var selectedTranscript: Transcript? { transcripts.indices.contains(selected) ? transcripts[selected] : nil }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .move: selected = key == .up ? max(0, selected - 1) : min(max(0, transcripts.count - 1), selected + 1)
        case .page:
            let page = max(1, context.rows - 10)
            let step = switch key {
            case .up: -1
            case .down: 1
            case .pageUp: -page
            default: page
            }
            offset = min(max(0, offset + step), max(0, (preview?.count ?? 0) - page))
        case .preview:
            guard let transcript = selectedTranscript else { return .stay }
            preview = transcript.sheet.plainLines(width: max(20, context.width - 2))
            offset = 0
        case .add: return .push(TranscriptFormDialog(caseID: caseID, kinds: kinds, user: user))
        case .print: if selectedTranscript != nil { return .perform(.transcript(.print(self))) }
        case .close:
            guard preview != nil else { return .close }
            preview = nil
            offset = 0
        default: break
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        if let preview, let transcript = selectedTranscript {
            let height = max(3, screen.rows - 10)
            let body = preview.dropFirst(offset).prefix(height).map { [Span(DisplayWidth.truncate(TerminalText.sanitize($0), to: inner))] as StyledLine }
            let title = "\(transcript.sheet.kind.name) \(transcript.number)"
            Frame.center(Frame.box(title: TerminalText.sanitize(title), body: Array(body), width: width), width: width, on: screen)
            return
        }
        var body: [StyledLine] = []
        if transcripts.isEmpty { body.append([Span(TranscriptPhrases.none(caseID).text(l), .muted)]) }
        for (index, transcript) in transcripts.enumerated() {
            let text = (index == selected ? "▸ " : "  ") + TranscriptLine.text(transcript).text(l)
            body.append([Span(DisplayWidth.truncate(TerminalText.sanitize(text), to: inner), index == selected ? TextStyle.selected.with(bold: true) : .plain)])
        }
        let visible = max(4, screen.rows - 6)
        Frame.center(Frame.box(title: TranscriptPhrases.dialogTitle(caseID).text(l), body: Array(body.prefix(visible)), width: width), width: width, on: screen)
    }
}
