import Documents
import Localization
import Storage
import Workflow

/// A case's documents as issued (R18, R20): Enter previews the text that prints, `p` prints
/// (logged; reprints marked 副本), `P` prints the case archive, `e` issues a correction.
struct DocumentsDialog: Dialog {
    var model: DocumentsModel

    static let listKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.enter], DeskPhrases.keyPreview, .preview),
        Binding([.character("p")], DeskPhrases.keyPrint, .print),
        Binding([.character("P")], DeskPhrases.keyPrintArchive, .printArchive),
        Binding([.character("e")], DeskPhrases.keyCorrect, .correct),
        Binding([.escape], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    static let previewKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down, .pageUp, .pageDown, .home, .end], DeskPhrases.keyScroll, .page),
        Binding([.character("p")], DeskPhrases.keyPrint, .print),
        Binding([.escape], DeskPhrases.keyBack, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] {
        switch model.mode {
        case .list: Self.listKeys
        case .preview: Self.previewKeys
        case let .correction(_, _, onAddress): DialogKeys.form(last: onAddress)
        }
    }

    var takesText: Bool {
        if case .correction = model.mode { true } else { false }
    }

    var hasInput: Bool {
        if case let .correction(reason, _, _) = model.mode { !reason.text.isEmpty } else { false }
    }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch model.mode {
        case .list:
            switch command {
            case .move:
                let step = key == .up ? -1 : 1
                model.selected = min(max(0, model.selected + step), max(0, model.documents.count - 1))
            case .preview:
                if model.current != nil { model.mode = .preview(offset: 0) }
            case .print:
                if model.current != nil { return .perform(.print(model)) }
            case .printArchive: return .perform(.printArchive(caseID: model.caseID))
            case .correct:
                if model.current != nil { return .perform(.beginCorrection(model)) }
            case .close: return .close
            default: break
            }
        case let .preview(offset):
            switch command {
            case .page:
                let lines = model.current.map { Self.previewLines($0, columns: context.columns) } ?? []
                let page = max(1, context.rows - 10)
                let last = max(0, lines.count - page)
                let target = switch key {
                case .up: offset - 1
                case .down: offset + 1
                case .pageUp: offset - page
                case .home: 0
                case .end: last
                default: offset + page
                }
                model.mode = .preview(offset: min(max(0, target), last))
            case .print: return .perform(.print(model))
            case .close: model.mode = .list
            default: break
            }
        case .correction(var reason, var address, let onAddress):
            switch command {
            case .close: model.mode = .list
            case .next, .previous: model.mode = .correction(reason: reason, address: address, onAddress: !onAddress)
            case .submit: return .perform(.correct(model, reason: reason.text, address: address.text))
            default:
                if onAddress { _ = address.handle(key) } else { _ = reason.handle(key) }
                model.mode = .correction(reason: reason, address: address, onAddress: onAddress)
            }
        }
        return .stay
    }

    /// The preview's text laid out for the dialog's inner width, as it is now (it follows a resize).
    static func previewLines(_ document: IssuedDocument, columns: Int) -> [String] {
        let width = max(20, min(columns - 4, 84) - 3)
        return DocumentLayout.plainText(document.body ?? "", width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        switch model.mode {
        case let .preview(offset):
            let lines = model.current.map { Self.previewLines($0, columns: screen.columns) } ?? []
            // Room above and below the box for the title, the tabs, a two-line message and the legend.
            let height = max(3, screen.rows - 10)
            let body = lines.dropFirst(offset).prefix(height).map { [Span($0)] as StyledLine }
            let title = model.current.map { "\($0.name) \($0.number ?? "")" } ?? ""
            Frame.center(Frame.box(title: title, body: Array(body), width: width), width: width, on: screen)
        case .list, .correction:
            var body: [StyledLine] = []
            if model.documents.isEmpty { body += DisplayWidth.wrap(DeskPhrases.documentsNone().text(l), to: inner).map { [Span($0, .muted)] } }
            let labels = Dictionary(model.documents.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            for (index, document) in model.documents.enumerated() {
                let chosen = index == model.selected
                var notes: [String] = []
                if let replaces = document.replaces { notes.append(DeskPhrases.documentCorrects(labels[replaces] ?? "\(replaces)").text(l)) }
                if let replacedBy = document.replacedBy { notes.append(DeskPhrases.documentReplaced(labels[replacedBy] ?? "\(replacedBy)").text(l)) }
                if document.prints > 0 { notes.append(DeskPhrases.documentPrints(document.prints).text(l)) }
                let date = DocumentText.date(CivilDate.inShanghai(document.issuedAt))
                let line = (chosen ? "▸ " : "  ") + document.name + (document.number.map { "  " + $0 } ?? "") + "  " + date
                body.append([Span(DisplayWidth.truncate(line, to: inner), chosen ? TextStyle.selected.with(bold: true) : document.replacedBy == nil ? .plain : .muted)])
                if !notes.isEmpty { body.append([Span("    " + notes.joined(separator: "；"), .muted)]) }
            }
            var shown = Array(body.suffix(max(3, screen.rows - 8)))
            if case let .correction(reason, address, onAddress) = model.mode {
                let reasonText = reason.visible(width: inner - 1)
                let addressText = address.visible(width: inner - 1)
                shown.append([Span(DeskPhrases.correctionPrompt().text(l), onAddress ? .plain : .heading)])
                shown.append([Span(DisplayWidth.pad(reasonText.text, to: inner - 1), TextStyle(underline: true))])
                let reasonRow = shown.count
                shown.append([Span(DeskPhrases.correctionAddress().text(l), onAddress ? .heading : .plain)])
                shown.append([Span(DisplayWidth.pad(addressText.text, to: inner - 1), TextStyle(underline: true))])
                let title = DeskPhrases.correctionTitle(model.current?.label ?? "").text(l)
                let origin = Frame.center(Frame.box(title: title, body: shown, width: width), width: width, on: screen)
                let row = onAddress ? shown.count : reasonRow
                screen.placeCursor(row: origin.row + row, column: origin.column + 1 + (onAddress ? addressText : reasonText).cursorColumn)
            } else {
                Frame.center(Frame.box(title: DeskPhrases.documentsTitle(model.caseID).text(l), body: shown, width: width), width: width, on: screen)
            }
        }
    }
}
