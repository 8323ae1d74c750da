import Localization
import Workflow

/// Files a file into a case: a path (Tab completes it from the directory, as a shell does) and
/// the material it is, or evidence; the store checks who may file and what the content is.
struct AttachFileDialog: Dialog {
    let caseID: String
    let materials: [MaterialRequirement]
    var path: TextField
    /// The material chosen; `materials.count` is evidence.
    var entry = 0
    var onEntry = false
    /// What the last Tab found when it could not complete alone.
    var candidates: [String] = []

    var keys: [Binding<DialogCommand>] {
        if onEntry {
            return [Binding([.character(" "), .left, .right], DialogPhrases.keyChooseEntry, .toggle),
                    Binding([.enter] + DialogKeys.submitKeys, DeskPhrases.keySubmit, .submit),
                    Binding([.up, .backTab], DialogPhrases.keyPreviousField, .previous),
                    Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
                    DialogKeys.help]
        }
        return [Binding([.tab], DialogPhrases.keyComplete, .choose),
                Binding([.enter, .down], DeskPhrases.keyNextField, .next),
                Binding(DialogKeys.submitKeys, DeskPhrases.keySubmit, .submit),
                Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
                DialogKeys.help]
    }

    var takesText: Bool { !onEntry }

    /// The evidence's label: the file's name without its extension.
    var evidenceLabel: String {
        let name = String(path.text.split(separator: "/").last ?? "")
        return name.split(separator: ".").dropLast().joined(separator: ".").nilIfEmpty ?? name
    }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .choose: return .perform(.completePath(self))
        case .next: onEntry = true
        case .previous: onEntry = false
        case .toggle:
            let choices = materials.count + 1
            entry = (entry + (key == .left ? choices - 1 : 1)) % choices
        case .submit:
            let text = path.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasSuffix("/") else { return .refuse(DialogPhrases.pathRequired()) }
            let evidence = entry >= materials.count
            return .perform(.attachFile(caseID: caseID, path: text, entry: evidence ? evidenceLabel : materials[entry].code, evidence: evidence))
        case .close: return .close
        default:
            _ = path.handle(key)
            candidates = []
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        let shown = path.visible(width: inner - 4)
        let name = entry < materials.count ? materials[entry].name : DialogPhrases.evidenceEntry(evidenceLabel).text(l)
        var body: [StyledLine] = [
            [Span((onEntry ? "  " : "▸ ") + DialogPhrases.fieldPath().text(l), onEntry ? .plain : .heading)],
            [Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))],
        ]
        if !candidates.isEmpty {
            body += DisplayWidth.wrap(TerminalText.sanitize(candidates.joined(separator: "  ")), to: inner - 4).prefix(4).map { [Span("    " + $0, .muted)] as StyledLine }
        }
        body.append([Span((onEntry ? "▸ " : "  ") + DialogPhrases.fieldEntry().text(l), onEntry ? .heading : .plain)])
        body.append([Span("  "), Span("◀ \(TerminalText.sanitize(name)) ▶", onEntry ? .selected : .accent)])
        let origin = Frame.center(Frame.box(title: DialogPhrases.attachTitle(caseID).text(l), body: body, width: width), width: width, on: screen)
        if !onEntry { screen.placeCursor(row: origin.row + 2, column: origin.column + 3 + shown.cursorColumn) }
    }
}
