import Documents
import Localization
import Storage
import Workflow

/// The documents dialog (R18, R20): a case's documents listed as issued, a preview of the text
/// that prints, printing (logged; reprints marked 副本), the case archive, and corrections.
extension MainDeskView {
    enum DocumentKey: Hashable, Sendable {
        case move, preview, print, archive, correct, close, scroll
    }

    static let documentListKeys: [Binding<DocumentKey>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.enter], DeskPhrases.keyPreview, .preview),
        Binding([.character("p")], DeskPhrases.keyPrint, .print),
        Binding([.character("P")], DeskPhrases.keyPrintArchive, .archive),
        Binding([.character("e")], DeskPhrases.keyCorrect, .correct),
        Binding([.escape], DeskPhrases.keyClose, .close),
    ]

    static let documentPreviewKeys: [Binding<DocumentKey>] = [
        Binding([.up, .down, .pageUp, .pageDown, .home, .end], DeskPhrases.keyScroll, .scroll),
        Binding([.character("p")], DeskPhrases.keyPrint, .print),
        Binding([.escape], DeskPhrases.keyBack, .close),
    ]

    func openDocuments() {
        guard let state = selectedState else { return }
        do {
            let documents = try session.store.documents.documents(state.id)
            overlay = .documents(DocumentsModel(caseID: state.id, documents: documents, selected: max(0, documents.count - 1)))
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
    }

    /// The preview's text laid out for the dialog's inner width, as it is now (it follows a resize).
    func previewLines(_ document: IssuedDocument) -> [String] {
        let width = max(20, min((screen?.columns ?? 88) - 4, 84) - 3)
        return DocumentLayout.plainText(document.body ?? "", width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func handleDocuments(_ model: inout DocumentsModel, _ key: Key) -> Overlay? {
        switch model.mode {
        case .list:
            guard let command = Binding.find(key, in: Self.documentListKeys) else { return .documents(model) }
            switch command {
            case .move:
                let step = key == .up ? -1 : 1
                model.selected = min(max(0, model.selected + step), max(0, model.documents.count - 1))
            case .preview:
                guard model.current != nil else { return .documents(model) }
                model.mode = .preview(offset: 0)
            case .print:
                guard let document = model.current else { return .documents(model) }
                printDocument(document, in: &model)
            case .archive:
                run { try printer.printArchive(model.caseID, by: session.actor) }
            case .correct:
                guard let document = model.current else { return .documents(model) }
                if session.isReadOnly {
                    message = (session.text(DeskPhrases.readOnly()), true)
                    return .documents(model)
                }
                // Said before the reason is typed, not after.
                do {
                    if let refusal = try session.store.documents.correctionRefusal(document.id, by: session.actor) {
                        message = (session.text(refusal), true)
                        return .documents(model)
                    }
                } catch {
                    message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
                    return .documents(model)
                }
                let address = (try? session.store.cases.load(model.caseID).party.address) ?? ""
                model.mode = .correction(reason: TextField(), address: TextField(address), onAddress: false)
            case .close, .scroll:
                return nil
            }
        case let .preview(offset):
            guard let command = Binding.find(key, in: Self.documentPreviewKeys) else { return .documents(model) }
            switch command {
            case .scroll:
                let lines = model.current.map(previewLines) ?? []
                let page = max(1, (screen?.rows ?? 24) - 10)
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
            case .print:
                if let document = model.current { printDocument(document, in: &model) }
            default:
                model.mode = .list
            }
        case .correction(var reason, var address, let onAddress):
            switch key {
            case .escape:
                model.mode = .list
            case .tab, .backTab, .up, .down:
                model.mode = .correction(reason: reason, address: address, onAddress: !onAddress)
            case .enter where !onAddress:
                // Enter goes to the next field, as in every form; it submits from the last one.
                model.mode = .correction(reason: reason, address: address, onAddress: true)
            case .enter, .function(10), .control("s"):
                guard let document = model.current else { return .documents(model) }
                do {
                    let correction = try session.store.documents.correct(document.id, reason: reason.text, partyAddress: address.text, by: session.actor)
                    message = (session.text(DeskPhrases.corrected(correction.label, document.label)), false)
                    model.documents = try session.store.documents.documents(model.caseID)
                    model.selected = model.documents.firstIndex { $0.id == correction.id } ?? model.selected
                    model.mode = .list
                } catch {
                    message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
                }
            default:
                if onAddress { _ = address.handle(key) } else { _ = reason.handle(key) }
                model.mode = .correction(reason: reason, address: address, onAddress: onAddress)
            }
        }
        return .documents(model)
    }

    private func printDocument(_ document: IssuedDocument, in model: inout DocumentsModel) {
        run { try printer.print(document, by: session.actor) }
        if let documents = try? session.store.documents.documents(model.caseID) { model.documents = documents }
    }

    /// Runs a print and shows its outcome (where the file went, or why it failed, and any
    /// characters the font could not draw) on the message line.
    private func run(_ job: () throws -> DocumentPrinter.Outcome) {
        do {
            let outcome = try job()
            message = (outcome.lines(session.language).joined(separator: "；"), !outcome.succeeded || outcome.warning != nil)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
    }

    // MARK: Drawing

    func drawDocuments(_ model: DocumentsModel, on screen: Screen) {
        let l = session.language
        let width = min(screen.columns - 4, 84)
        let inner = width - 2
        switch model.mode {
        case let .preview(offset):
            let lines = model.current.map(previewLines) ?? []
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
            let visible = Array(body.suffix(max(3, screen.rows - 8)))
            var shown = visible
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
