import Localization
import Storage
import Workflow

/// The catalogue (R3, R4): change requests (drafts) with their 20-day filing deadline, holiday
/// schedules, document templates and the items in force. The admin edits (`e`); the legal post
/// confirms a draft (`y`). What each may do is decided when it opens (`DeskAuthority`).
struct CatalogueDialog: Dialog {
    let entries: [CatalogueEntry]
    /// The version in force when it was opened, for its title.
    let version: Int64
    let mayEdit: Bool
    let mayConfirm: Bool
    var selected = 0

    var keys: [Binding<DialogCommand>] {
        var table: [Binding<DialogCommand>] = [
            Binding([.up, .down, .character("k"), .character("j")], DeskPhrases.keyMove, .move),
            Binding([.pageUp, .pageDown, .home, .end], DeskPhrases.keyPage, .page, legend: false),
        ]
        if mayEdit { table.append(Binding([.character("e")], DialogPhrases.keyEditEntry, .edit)) }
        if mayConfirm { table.append(Binding([.character("y")], DialogPhrases.keyConfirmDraft, .confirm)) }
        table.append(Binding([.escape, .character("q")], DeskPhrases.keyClose, .close))
        table.append(DialogKeys.help)
        return table
    }

    var current: CatalogueEntry? { entries.indices.contains(selected) ? entries[selected] : nil }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        let last = max(0, entries.count - 1)
        switch command {
        case .move: selected = key == .up || key == .character("k") ? max(0, selected - 1) : min(last, selected + 1)
        case .page:
            selected = switch key {
            case .pageUp: max(0, selected - 10)
            case .home: 0
            case .end: last
            default: min(last, selected + 10)
            }
        case .edit:
            guard let entry = current else { return .stay }
            if case .draft = entry { return .stay }
            return .perform(.editEntry(entry))
        case .confirm:
            guard case let .draft(draft)? = current else { return .stay }
            return .push(ConfirmDraftDialog(version: draft.version))
        case .close: return .close
        default: break
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let visible = max(4, screen.rows - 6)
        let start = max(0, min(selected - visible / 2, entries.count - visible))
        var body: [StyledLine] = []
        for (index, entry) in entries.enumerated().dropFirst(start).prefix(visible) {
            let chosen = index == selected
            switch entry {
            case let .draft(draft):
                body.append([Span(DeskPhrases.draftLine(draft.version, draft.note, draft.createdBy, draft.createdOn.description).text(l),
                                  chosen ? TextStyle.selected.with(bold: true) : .accent)])
                body.append([Span(DeskPhrases.draftFiles(draft.changedFiles.joined(separator: "、")).text(l), .muted)])
                if let due = draft.filingDue(calendar: context.calendar), let changed = draft.lawChangedOn {
                    // The 20-day filing limit (R3), yellow as it nears, red once passed.
                    let late = context.today > due
                    let status = context.calendar.status(of: DueDate(date: due), today: context.today, policy: context.active.bureau.deadlinePolicy)
                    let style: TextStyle = late ? .danger : (status.level == .yellow ? .warning : .muted)
                    body.append([Span(late ? DeskPhrases.draftOverdue(due.description).text(l) : DeskPhrases.draftDue(changed.description, due.description).text(l), style)])
                }
            case let .item(item):
                body.append([Span("\(item.code)  \(DisplayWidth.pad(item.kind.displayName.text(l), to: 12)) \(item.name)", chosen ? TextStyle.selected.with(bold: true) : .plain)])
            case let .template(path, documentName):
                let name = documentName ?? DeskPhrases.templateShared().text(l)
                body.append([Span(DeskPhrases.templateEntry(path, name).text(l), chosen ? TextStyle.selected.with(bold: true) : .plain)])
            case let .schedule(year, _):
                let stored = context.calendar.hasSchedule(for: year)
                let text = stored ? DeskPhrases.scheduleEntry(year) : DeskPhrases.scheduleNew(year)
                body.append([Span(text.text(l), chosen ? TextStyle.selected.with(bold: true) : (stored ? .plain : .warning))])
            }
        }
        Frame.center(Frame.box(title: DeskPhrases.catalogueTitle(version).text(l), body: body, width: width), width: width, on: screen)
    }
}
