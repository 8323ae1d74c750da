import Foundation
import Localization
import Storage
import Workflow

/// A case's files (#18) and the user's drop folder's 待归档文件: Enter shows what a terminal can
/// (a PDF's text, an image's size), `a` files a file, `o` exports a filed one to the outbox, `z`
/// sends it to the clerk's PC through the terminal (ZMODEM).
struct FilesDialog: Dialog {
    /// A file waiting in the drop folder.
    struct Waiting {
        let name: String
        let path: String
        let size: Int
    }

    let caseID: String
    let materials: [MaterialRequirement]
    let inbox: String
    var files: [AttachedFile]
    var waiting: [Waiting]
    var selected = 0
    /// A file being shown: its title and its text as lines, scrolled to `offset`.
    var preview: (title: String, lines: [String])?
    var offset = 0

    static let listKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.enter], DialogPhrases.keyView, .preview),
        Binding([.character("a")], DialogPhrases.keyAttach, .add),
        Binding([.character("o")], DialogPhrases.keyExport, .export),
        Binding([.character("z")], TransferPhrases.keySend, .send),
        Binding([.escape], DeskPhrases.keyClose, .close),
        DialogKeys.help,
    ]

    static let previewKeys: [Binding<DialogCommand>] = [
        Binding([.up, .down, .pageUp, .pageDown], DeskPhrases.keyScroll, .page),
        Binding([.escape], DeskPhrases.keyBack, .close),
        DialogKeys.help,
    ]

    var keys: [Binding<DialogCommand>] { preview == nil ? Self.listKeys : Self.previewKeys }

    var count: Int { files.count + waiting.count }
    var selectedFile: AttachedFile? { files.indices.contains(selected) ? files[selected] : nil }
    var selectedWaiting: Waiting? { selected >= files.count && selected - files.count < waiting.count ? waiting[selected - files.count] : nil }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        if let preview {
            switch command {
            case .page:
                let page = max(1, context.rows - 10)
                let step = switch key {
                case .up: -1
                case .down: 1
                case .pageUp: -page
                default: page
                }
                offset = min(max(0, offset + step), max(0, preview.lines.count - page))
            case .close:
                self.preview = nil
                offset = 0
            default: break
            }
            return .stay
        }
        switch command {
        case .move: selected = key == .up ? max(0, selected - 1) : min(max(0, count - 1), selected + 1)
        case .preview: if count > 0 { return .perform(.viewFile(self)) }
        case .add:
            let path = selectedWaiting?.path ?? (inbox.hasSuffix("/") ? inbox : inbox + "/")
            return .push(AttachFileDialog(caseID: caseID, materials: materials, path: TextField(path, maxLength: 1_000)))
        case .export:
            guard let file = selectedFile else { return .refuse(DialogPhrases.exportOnlyFiled()) }
            return .perform(.exportFile(file))
        case .send:
            guard let file = selectedFile else { return .refuse(TransferPhrases.sendOnlyFiled()) }
            return .perform(.sendFile(file))
        case .close: return .close
        default: break
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        if let preview {
            let height = max(3, screen.rows - 10)
            let body = preview.lines.dropFirst(offset).prefix(height).map { [Span(DisplayWidth.truncate(TerminalText.sanitize($0), to: inner))] as StyledLine }
            Frame.center(Frame.box(title: TerminalText.sanitize(preview.title), body: Array(body), width: width), width: width, on: screen)
            return
        }
        var body: [StyledLine] = []
        if files.isEmpty { body.append([Span(DialogPhrases.filesNone().text(l), .muted)]) }
        for (index, file) in files.enumerated() {
            let entry = file.isEvidence ? DialogPhrases.evidenceEntry(file.entry).text(l) : (materials.first { $0.code == file.entry }?.name ?? file.entry)
            let text = (index == selected ? "▸ " : "  ") + file.name + "  " + (file.kind?.rawValue.uppercased() ?? "?") + "  " + entry
            body.append([Span(DisplayWidth.truncate(TerminalText.sanitize(text), to: inner), index == selected ? TextStyle.selected.with(bold: true) : .plain)])
        }
        body.append([Span(CaseFilePhrases.inboxTitle(inbox).text(l), .heading)])
        if waiting.isEmpty { body.append([Span(DialogPhrases.waitingNone().text(l), .muted)]) }
        for (offset, file) in waiting.enumerated() {
            let index = files.count + offset
            let text = (index == selected ? "▸ " : "  ") + file.name + "  " + DialogPhrases.bytes(file.size).text(l)
            body.append([Span(DisplayWidth.truncate(TerminalText.sanitize(text), to: inner), index == selected ? TextStyle.selected.with(bold: true) : .plain)])
        }
        let visible = max(4, screen.rows - 6)
        let title = CaseFilePhrases.filesTitle(caseID, files.count).text(l)
        Frame.center(Frame.box(title: title, body: Array(body.prefix(visible)), width: width), width: width, on: screen)
    }
}
