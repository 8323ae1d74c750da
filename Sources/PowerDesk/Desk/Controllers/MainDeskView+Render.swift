import Foundation
import Localization
import Storage
import Workflow

/// Drawing the main desk. Only the rows on screen are read and drawn.
extension MainDeskView {
    enum OverlayKey: Hashable, Sendable {
        case move, choose, close, next, submit, edit, toggle, help
    }

    static let dialogHelp = Binding<OverlayKey>([.function(1)], DeskPhrases.keyHelp, .help)

    static let menuLegend: [Binding<OverlayKey>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.enter], DeskPhrases.keyChoose, .choose),
        Binding([.escape], DeskPhrases.keyClose, .close),
        dialogHelp,
    ]

    /// One-field dialogs (bulk opinion, search): the field is the last, so Enter submits.
    static let singleFieldLegend: [Binding<OverlayKey>] = [
        Binding([.enter] + submitKeys, DeskPhrases.keySubmit, .submit),
        Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
        dialogHelp,
    ]

    static let materialsLegend: [Binding<OverlayKey>] = [
        Binding([.up, .down], DeskPhrases.keyMove, .move),
        Binding([.character(" ")], DeskPhrases.keyToggle, .toggle),
        Binding([.enter] + submitKeys, DeskPhrases.keySubmit, .submit),
        Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
        dialogHelp,
    ]

    /// A form's keys as they stand on the focused field: Enter moves on, and submits only on
    /// the last field, which is what the legend then says.
    static func formLegend(last: Bool, multiline: Bool = false, toggle: Bool = false) -> [Binding<OverlayKey>] {
        var table: [Binding<OverlayKey>] = last
            ? [Binding([.tab], DeskPhrases.keyNextField, .next), Binding([.enter] + submitKeys, DeskPhrases.keySubmit, .submit)]
            : [Binding([.tab, .enter], DeskPhrases.keyNextField, .next), Binding(submitKeys, DeskPhrases.keySubmit, .submit)]
        if toggle { table.append(Binding([.character(" "), .left, .right], DeskPhrases.keyToggle, .toggle)) }
        if multiline { table.append(Binding([.control("o")], DeskPhrases.keyNewLine, .edit)) }
        table.append(Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close))
        table.append(dialogHelp)
        return table
    }

    /// The keys of a dialog, for its legend and its help alike; nil for the dialogs that state
    /// their keys in one hint line (`overlayHint`).
    func overlayTable(_ overlay: Overlay) -> [Binding<OverlayKey>]? {
        switch overlay {
        case .bulk, .search: return Self.singleFieldLegend
        case .actions: return Self.menuLegend
        case .materials: return Self.materialsLegend
        case let .form(form):
            let field = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil
            return Self.formLegend(last: form.focus >= form.fields.count - 1, multiline: field?.input.multiline ?? false,
                                   toggle: field?.kind == .level || field?.kind == .sanctions)
        case let .newCase(model):
            guard model.item != nil else { return Self.menuLegend }
            let rows = model.rows
            let toggle: Bool = switch rows.indices.contains(model.focus) ? rows[model.focus] : .subject {
            case .procedure, .partyKind, .material: true
            default: false
            }
            return Self.formLegend(last: model.focus >= rows.count - 1, toggle: toggle)
        case let .changeRequest(model): return Self.formLegend(last: model.focusOnDate)
        case let .users(_, form?): return Self.formLegend(last: form.focus >= form.fields.count - 1)
        case let .facts(model): return Self.formLegend(last: model.focus >= model.fields.count - 1)
        case let .documents(model):
            // The documents' tables dispatch their own keys; here only their keys and labels count.
            func shown(_ table: [Binding<DocumentKey>]) -> [Binding<OverlayKey>] {
                table.map { Binding($0.keys, $0.label, OverlayKey.choose, legend: $0.inLegend) } + [Self.dialogHelp]
            }
            switch model.mode {
            case .list: return shown(Self.documentListKeys)
            case .preview: return shown(Self.documentPreviewKeys)
            case let .correction(_, _, onAddress): return Self.formLegend(last: onAddress)
            }
        case .users, .catalogue, .confirmDraft, .editErrors, .help: return nil
        }
    }

    /// The one-line key hint of the dialogs that have no table.
    func overlayHint(_ overlay: Overlay) -> String {
        let l = session.language
        return switch overlay {
        case .users: DeskPhrases.usersHint().text(l)
        case .catalogue: (isAdmin ? DeskPhrases.catalogueHintAdmin() : isLegal ? DeskPhrases.catalogueHintLegal() : DeskPhrases.catalogueHintOther()).text(l)
        case .confirmDraft: DeskPhrases.keyCancel.template(l)
        case .editErrors: DeskPhrases.editInvalidHint().text(l)
        default: DeskPhrases.helpClose().text(l)
        }
    }

    static let minimumRows = 24
    static let minimumColumns = 80

    func render(on screen: Screen) {
        self.screen = screen
        screen.clear()
        screen.hideCursor()
        let l = session.language
        tooSmall = screen.rows < Self.minimumRows || screen.columns < Self.minimumColumns
        guard !tooSmall else {
            let text = DeskPhrases.tooSmall(screen.columns, screen.rows).text(l)
            let lines = DisplayWidth.wrap(text, to: max(10, screen.columns - 2)).map { [Span($0, .warning)] }
            for (index, line) in lines.enumerated() { screen.draw(line, row: max(0, screen.rows / 2 - 1) + index, column: 1, width: screen.columns - 2) }
            screen.present()
            return
        }
        // A long message (every missing material, every failure of a bulk approval) takes up to
        // three lines instead of being cut.
        let messageLines = message.map { DisplayWidth.wrap($0.text, to: screen.columns).prefix(3).map { $0 } } ?? []
        let newHeight = screen.rows - 3 - max(1, messageLines.count)
        if newHeight != bodyHeight {
            bodyHeight = newHeight
            reloadPage(keeping: selectedState?.id)
        }
        drawTitle(on: screen)
        drawTabs(on: screen)
        let queueWidth = QueuePresenter.width(columns: screen.columns)
        drawQueue(on: screen, width: queueWidth)
        for row in 2..<(2 + bodyHeight) { screen.draw([Span("│", .muted)], row: row, column: queueWidth, width: 1) }
        drawRightPane(on: screen, column: queueWidth + 1, width: screen.columns - queueWidth - 1)
        let legend: StyledLine = if let overlay {
            overlayTable(overlay).map { Binding.legend($0, language: l, width: screen.columns) } ?? [Span(overlayHint(overlay), .muted)]
        } else {
            Binding.legend(legendBindings, language: l, width: screen.columns)
        }
        screen.draw(legend.fitted(to: screen.columns), row: screen.rows - 1)
        if let overlay { drawOverlay(overlay, on: screen) }
        // The message goes over any dialog: what just happened (a print, a refusal) stays readable.
        if let message {
            for (index, line) in messageLines.enumerated() {
                screen.draw([Span(line, message.isError ? .danger : .success)].fitted(to: screen.columns), row: screen.rows - 1 - messageLines.count + index)
            }
        }
        screen.present()
    }

    /// The legend's bindings for this user: the catalogue for admins and the legal post, users
    /// for admins, new cases only for posts that open them.
    var legendBindings: [Binding<DeskCommand>] {
        Self.bindings.filter { binding in
            switch binding.command {
            case .catalogue, .users: isOffered(binding.command)
            default: binding.inLegend && isOffered(binding.command)
            }
        }.map { Binding($0.keys, $0.label, $0.command, legend: true) }
    }

    /// Whether a desk key does something for this user now: the same answer for the legend and
    /// the help. `m` and `e` are offered where the selected case can take materials or facts.
    func isOffered(_ command: DeskCommand) -> Bool {
        switch command {
        case .catalogue: return isAdmin || isLegal
        case .users: return isAdmin
        case .newCase: return canOpenCases
        case .bulkApprove, .tag: return !session.isReadOnly && !isAdmin
        case .act: return !session.isReadOnly
        case .materials, .facts:
            guard !session.isReadOnly, let state = selectedState, let engine = engine(for: state),
                  let item = engine.definitions.item(state.itemCode) else { return false }
            // The engine is asked with nothing to record: "nothing to record" is then its only
            // refusal exactly when this user may enter data at the case's step now, so the rule
            // (post, closed case, decision made) stays in the engine alone.
            let probe = command == .facts
                ? engine.recordFacts([:], on: state, by: session.actor, at: Date())
                : engine.addMaterials([:], to: state, by: session.actor, at: Date())
            guard case let .failure(rejection) = probe, rejection.reasons == [EnginePhrases.nothingToRecord()] else { return false }
            if command == .facts { return !item.facts.isEmpty }
            return item.materials.contains { (state.materials[$0.code] ?? 0) < $0.count }
        default: return true
        }
    }

    private func drawTitle(on screen: Screen) {
        let l = session.language
        let posts = session.postNames(session.actor.posts.sorted(), in: session.active)
        let today = session.today
        // The user and the date always show; the title gives way when the line is short.
        let right = " │ \(DeskPhrases.userLine(session.actor.name, posts).text(l)) │ \(today)"
        let title = DisplayWidth.truncate(DeskPhrases.appTitle().text(l), to: max(9, screen.columns - DisplayWidth.of(right)))
        screen.draw([Span(title + right, .title)].fitted(to: screen.columns, fill: .title), row: 0)
    }

    private func drawTabs(on screen: Screen) {
        let l = session.language
        var line: StyledLine = []
        for tab in QueueTab.allCases where tab != .search || !search.isEmpty {
            let name = switch tab {
            case .todo: DeskPhrases.tabTodo()
            case .section: DeskPhrases.tabSection()
            case .warning: DeskPhrases.tabWarning()
            case .done: DeskPhrases.tabDone()
            case .flagged: DeskPhrases.tabFlagged()
            case .search: DeskPhrases.tabSearch()
            }
            let label = " " + DeskPhrases.tabCount(name, counts[tab] ?? 0).text(l) + " "
            let alerting = (tab == .warning || tab == .flagged) && (counts[tab] ?? 0) > 0
            let style: TextStyle = tab == self.tab ? TextStyle.selected.with(bold: true) : (alerting ? .warning : .plain)
            line.append(Span(label, style))
            line.append(Span(" "))
        }
        if !search.isEmpty { line.append(Span("/" + search, .accent)) }
        screen.draw(line.fitted(to: screen.columns), row: 1)
    }

    private func drawQueue(on screen: Screen, width: Int) {
        let l = session.language
        let presented = rows.map { row -> QueuePresenter.Row in
            let engine = engine(for: row.state)
            let flow = engine?.flow(for: row.state)
            let deadlines = engine?.deadlines(row.state, calendar: session.calendar, today: session.today) ?? []
            return QueuePresenter.Row(
                state: row.state, stepName: flow?.step(row.state.step)?.name ?? row.state.step,
                badge: DeadlineBadge.of(row.state, deadlines: deadlines, language: l), tagged: tagged.contains(row.state.id)
            )
        }
        let lines = QueuePresenter.lines(presented, selected: selected - top, width: width, language: l)
        for (index, line) in lines.prefix(bodyHeight).enumerated() {
            screen.draw(line, row: 2 + index, column: 0, width: width)
        }
    }

    private func drawRightPane(on screen: Screen, column: Int, width: Int) {
        guard let state = selectedState, let engine = engine(for: state), let flow = engine.flow(for: state) else { return }
        var lines: [StyledLine]
        if showFlow {
            let chart = FlowchartPresenter.chart(flow, state: state, bureau: engine.definitions.bureau, width: width - 1, language: session.language)
            // Scroll so the current step is in view, with a little of what led to it.
            let start = max(0, min(chart.current - 4, chart.lines.count - bodyHeight))
            lines = Array(chart.lines.dropFirst(start))
        } else {
            let extras = extras(of: state)
            let input = DetailPresenter.Input(
                state: state, flow: flow, bureau: engine.definitions.bureau,
                deadlines: engine.deadlines(state, calendar: session.calendar, today: session.today),
                missing: Set(engine.missingMaterials(state).map(\.code)), documents: documents(of: state), userNames: session.userNames, language: session.language,
                queryCode: extras.queryCode, files: extras.files
            )
            lines = DetailPresenter.lines(input, width: width - 1)
            detailOffset = max(0, min(detailOffset, lines.count - bodyHeight))
            lines = Array(lines.dropFirst(detailOffset))
        }
        let hidden = lines.count - bodyHeight
        let shown = hidden > 0 ? Array(lines.prefix(bodyHeight - 1)) + [[Span(DeskPhrases.moreBelow(hidden + 1).text(session.language), .muted)]] : lines
        for (index, line) in shown.enumerated() {
            screen.draw(line, row: 2 + index, column: column + 1, width: width - 1)
        }
    }

    // MARK: Overlays

    private func drawOverlay(_ overlay: Overlay, on screen: Screen) {
        let l = session.language
        let width = min(screen.columns - 4, 84)
        let inner = width - 2
        switch overlay {
        case let .help(over):
            Frame.center(Frame.box(title: DeskPhrases.helpTitle().text(l), body: helpBody(over, rows: screen.rows - 2), width: width), width: width, on: screen)
        case let .facts(model):
            drawFacts(model, width: width, on: screen)
        case let .search(field):
            let prompt = DeskPhrases.searchPrompt().text(l)
            let shown = field.visible(width: inner - 1)
            let box = Frame.box(title: DeskPhrases.keySearch.template(l), body: [[Span(prompt)], [Span(shown.text, TextStyle(underline: true))]], width: width)
            let origin = Frame.center(box, width: width, on: screen)
            screen.placeCursor(row: origin.row + 2, column: origin.column + 1 + shown.cursorColumn)
        case let .actions(state, items, index):
            var body: [StyledLine] = []
            if items.isEmpty { body.append([Span(DeskPhrases.actionsNone().text(l), .muted)]) }
            for (position, item) in items.enumerated() {
                let pointer = position == index ? "▸ " : "  "
                if item.isEnabled {
                    body.append([Span(pointer + item.action.name, position == index ? TextStyle.selected.with(bold: true) : .plain)])
                } else {
                    let reason = item.disabledReasons.map { $0.text(l) }.joined(separator: "；")
                    body.append([Span(pointer + item.action.name, position == index ? TextStyle.selected : .muted), Span("　" + reason, .muted)])
                }
            }
            let title = DeskPhrases.actionsTitle("\(state.id) \(state.subject)").text(l)
            Frame.center(Frame.box(title: title, body: body, width: width), width: width, on: screen)
        case let .form(form):
            drawForm(form, width: width, on: screen)
        case let .newCase(model):
            drawNewCase(model, width: width, on: screen)
        case let .catalogue(entries, selected):
            drawCatalogue(entries, selected: selected, width: width, on: screen)
        case let .confirmDraft(version, entries, selected):
            drawCatalogue(entries, selected: selected, width: width, on: screen)
            let prompt = DisplayWidth.wrap(DeskPhrases.confirmPrompt(version).text(l), to: inner - 4).map { [Span($0, .warning)] }
            Frame.center(Frame.box(title: DeskPhrases.keyCatalogue.template(l), body: prompt, width: inner - 2), width: inner - 2, on: screen)
        case let .users(list, form):
            drawUsers(list, form: form, width: width, on: screen)
        case let .editErrors(target, _, errors):
            var body: [StyledLine] = []
            for error in errors { body += DisplayWidth.wrap(error, to: inner).map { [Span($0, .danger)] } }
            body.append([Span(DeskPhrases.editInvalidHint().text(l), .muted)])
            Frame.center(Frame.box(title: DeskPhrases.editInvalidTitle(target.title).text(l), body: Array(body.prefix(screen.rows - 4)), width: width), width: width, on: screen)
        case let .changeRequest(model):
            let note = model.note.visible(width: inner - 2)
            let date = model.lawDate.visible(width: inner - 2)
            let body: [StyledLine] = [
                [Span((model.focusOnDate ? "  " : "▸ ") + DeskPhrases.fieldNote().text(l) + DeskPhrases.fieldRequired().text(l), model.focusOnDate ? .plain : .heading)],
                [Span("  "), Span(DisplayWidth.pad(note.text, to: inner - 2), TextStyle(underline: true))],
                [Span((model.focusOnDate ? "▸ " : "  ") + DeskPhrases.fieldLawDate().text(l), model.focusOnDate ? .heading : .plain)],
                [Span("  "), Span(DisplayWidth.pad(date.text, to: inner - 2), TextStyle(underline: true))],
            ]
            let origin = Frame.center(Frame.box(title: DeskPhrases.proposeTitle(model.title).text(l), body: body, width: width), width: width, on: screen)
            let shown = model.focusOnDate ? date : note
            screen.placeCursor(row: origin.row + (model.focusOnDate ? 4 : 2), column: origin.column + 3 + shown.cursorColumn)
        case let .documents(model):
            drawDocuments(model, on: screen)
        case let .materials(state, options, ticked, focus):
            let body = options.enumerated().map { index, material -> StyledLine in
                let mark = ticked.contains(material.code) ? "[✓] " : "[ ] "
                return [Span((index == focus ? "▸ " : "  ") + mark + material.name, index == focus ? .heading : .plain)]
            }
            Frame.center(Frame.box(title: DeskPhrases.materialsTitle(state.id).text(l), body: body, width: width), width: width, on: screen)
        case let .bulk(cases, opinion):
            let shown = opinion.visible(width: inner - 1)
            // Each tagged case with what supervision was told about it, so one opinion is not
            // given blind to a penalty outside the standard.
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

    private func drawCatalogue(_ entries: [CatalogueEntry], selected: Int, width: Int, on screen: Screen) {
        let l = session.language
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
                if let due = draft.filingDue(calendar: session.calendar), let changed = draft.lawChangedOn {
                    // The 20-day filing limit (R3), yellow as it nears, red once passed.
                    let late = session.today > due
                    let status = session.calendar.status(of: DueDate(date: due), today: session.today, policy: session.active.bureau.deadlinePolicy)
                    let style: TextStyle = late ? .danger : (status.level == .yellow ? .warning : .muted)
                    body.append([Span(late ? DeskPhrases.draftOverdue(due.description).text(l) : DeskPhrases.draftDue(changed.description, due.description).text(l), style)])
                }
            case let .item(item):
                body.append([Span("\(item.code)  \(DisplayWidth.pad(item.kind.displayName.text(l), to: 12)) \(item.name)", chosen ? TextStyle.selected.with(bold: true) : .plain)])
            case let .template(path, documentName):
                let name = documentName ?? DeskPhrases.templateShared().text(l)
                body.append([Span(DeskPhrases.templateEntry(path, name).text(l), chosen ? TextStyle.selected.with(bold: true) : .plain)])
            case let .schedule(year, _):
                let stored = session.calendar.hasSchedule(for: year)
                let text = stored ? DeskPhrases.scheduleEntry(year) : DeskPhrases.scheduleNew(year)
                body.append([Span(text.text(l), chosen ? TextStyle.selected.with(bold: true) : (stored ? .plain : .warning))])
            }
        }
        Frame.center(Frame.box(title: DeskPhrases.catalogueTitle(catalogueVersion).text(l), body: body, width: width), width: width, on: screen)
    }

    /// The help of what is in front: a dialog's own key table (or its hint), or the desk's keys
    /// this user can use followed by what the queue's marks mean.
    func helpBody(_ over: Overlay?, rows: Int) -> [StyledLine] {
        let l = session.language
        // One line per meaning (↑/k and ↓/j both move).
        func lines<C>(_ table: [Binding<C>], keyWidth: Int = 22) -> [StyledLine] {
            var labels: [Phrase] = []
            var keys: [Phrase: [String]] = [:]
            for binding in table {
                if keys[binding.label] == nil { labels.append(binding.label) }
                keys[binding.label, default: []].append(binding.keyText)
            }
            return labels.map { label in
                // The search key is itself "/": its twin is set apart by spaces, not by another "/".
                let texts = keys[label, default: []]
                let joined = texts.joined(separator: texts.contains("/") ? "  " : "/")
                return [Span(DisplayWidth.pad(joined, to: keyWidth), .accent), Span(label.template(l))]
            }
        }
        guard let over else {
            let offered = Self.bindings.filter { isOffered($0.command) }
            let marks = [DeskPhrases.markYellow, DeskPhrases.markRed, DeskPhrases.markTagged, DeskPhrases.markSuspended, DeskPhrases.markPaused]
            let markLines = [[Span(DeskPhrases.helpMarksTitle.template(l), .heading)]] + marks.map { [Span($0.template(l))] as StyledLine }
            var keys = lines(offered)
            if keys.count + 1 + markLines.count > rows - 2 {
                // Short screen (80×24): the keys in two columns, so the marks fit below them.
                let single = lines(offered, keyWidth: 19)
                let half = (single.count + 1) / 2
                keys = (0..<half).map { row in
                    single[row].fitted(to: 38) + (row + half < single.count ? single[row + half] : [])
                }
            }
            return keys + [[]] + markLines
        }
        let body = overlayTable(over).map { lines($0) } ?? DisplayWidth.wrap(overlayHint(over), to: 78).map { [Span($0)] }
        return [[Span(DeskPhrases.helpKeysTitle.template(l), .heading)]] + body
    }

    private func drawFacts(_ model: FactsModel, width: Int, on screen: Screen) {
        let l = session.language
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        for (index, fact) in model.fields.enumerated() {
            let focused = index == model.focus
            let label = fact.name + (fact.unit.map { "（\($0)）" } ?? "") + (fact.required ? "*" : "")
            let labelText = DisplayWidth.pad(DisplayWidth.truncate(TerminalText.sanitize(label), to: 20), to: 21)
            let fieldWidth = max(10, inner - 24)
            let shown = model.inputs[index].visible(width: fieldWidth)
            if focused { cursor = (body.count, 2 + 21 + shown.cursorColumn) }
            body.append([Span((focused ? "▸ " : "  ") + labelText, focused ? .heading : .plain),
                         Span(DisplayWidth.pad(shown.text, to: fieldWidth), TextStyle(underline: true))])
            if case let .failure(problem)? = model.change(index) {
                body.append([Span("    " + DeskPhrases.factBad(problem).text(l), .danger)])
            }
        }
        let budget = max(4, screen.rows - 6)
        let focusRow = cursor?.row ?? 0
        let start = body.count > budget ? max(0, min(focusRow - 1, body.count - budget)) : 0
        let title = DeskPhrases.factsTitle("\(model.state.id) \(model.state.subject)").text(l)
        let origin = Frame.center(Frame.box(title: title, body: Array(body.dropFirst(start).prefix(budget)), width: width), width: width, on: screen)
        if let cursor, cursor.row >= start, cursor.row < start + budget {
            screen.placeCursor(row: origin.row + 1 + cursor.row - start, column: origin.column + 1 + cursor.column)
        }
    }

    private func drawUsers(_ list: [Actor], form: UserFormModel?, width: Int, on screen: Screen) {
        let l = session.language
        let inner = width - 2
        guard let form else {
            let body = list.map { user -> StyledLine in
                let posts = session.postNames(user.posts.sorted(), in: session.active)
                return [Span(DisplayWidth.pad(user.userID, to: 12), .accent), Span(DisplayWidth.pad(user.name, to: 10)), Span(posts)]
            }
            Frame.center(Frame.box(title: DeskPhrases.usersTitle().text(l), body: Array(body.prefix(screen.rows - 4)), width: width), width: width, on: screen)
            return
        }
        let bureau = session.active.bureau
        let labels = [
            DeskPhrases.fieldUserID(), DeskPhrases.fieldUserName(),
            DeskPhrases.fieldSection(bureau.sections.map(\.code).joined(separator: ",")),
            DeskPhrases.fieldPosts(bureau.posts.map(\.code).joined(separator: ",")), DeskPhrases.fieldPassword(),
        ]
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        for (index, label) in labels.enumerated() {
            let focused = index == form.focus
            body.append([Span((focused ? "▸ " : "  ") + label.text(l), focused ? .heading : .plain)])
            var field = form.fields[index]
            field.secret = index == 4
            let shown = field.visible(width: inner - 4)
            if focused { cursor = (body.count, 2 + shown.cursorColumn) }
            body.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
        }
        let origin = Frame.center(Frame.box(title: DeskPhrases.userFormTitle().text(l), body: body, width: width), width: width, on: screen)
        if let cursor { screen.placeCursor(row: origin.row + 1 + cursor.row, column: origin.column + 1 + cursor.column) }
    }

    private func drawNewCase(_ model: NewCaseModel, width: Int, on screen: Screen) {
        let l = session.language
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        guard let item = model.item else {
            let shown = model.filter.visible(width: inner - 2)
            body.append([Span(DeskPhrases.chooseItem().text(l), .muted)])
            cursor = (body.count, shown.cursorColumn)
            body.append([Span(DisplayWidth.pad(shown.text, to: inner), TextStyle(underline: true))])
            let matches = model.matches
            if matches.isEmpty { body.append([Span(DeskPhrases.noMatchingItems().text(l), .warning)]) }
            let visible = max(3, screen.rows - 12)
            let start = max(0, min(model.choice - visible / 2, matches.count - visible))
            for (index, candidate) in matches.enumerated().dropFirst(start).prefix(visible) {
                let style: TextStyle = index == model.choice ? TextStyle.selected.with(bold: true) : .plain
                body.append([Span("\(candidate.code)  \(candidate.kind.displayName.text(l))  \(candidate.name)", style)])
            }
            let origin = Frame.center(Frame.box(title: DeskPhrases.newCaseTitle().text(l), body: body, width: width), width: width, on: screen)
            if let cursor { screen.placeCursor(row: origin.row + 1 + cursor.row, column: origin.column + 1 + cursor.column) }
            return
        }
        let rows = model.rows
        // Keep the focused row in view on a short terminal.
        let budget = max(6, screen.rows - 6)
        var lines: [(StyledLine, Bool)] = []
        for (index, row) in rows.enumerated() {
            let focused = index == model.focus
            let pointer = focused ? "▸ " : "  "
            let labelStyle: TextStyle = focused ? .heading : .plain
            func field(_ label: String, _ row: NewCaseModel.Row, note: StyledLine = []) {
                let input = model.inputs[row] ?? TextField()
                let labelText = DisplayWidth.pad(DisplayWidth.truncate(label, to: 20), to: 21)
                let fieldWidth = max(10, inner - 24)
                let shown = input.visible(width: fieldWidth)
                if focused { cursor = (lines.count, 2 + 21 + shown.cursorColumn) }
                lines.append(([Span(pointer + labelText, labelStyle), Span(DisplayWidth.pad(shown.text, to: fieldWidth), TextStyle(underline: true))], focused))
                if !note.isEmpty { lines.append((note, false)) }
            }
            switch row {
            case .procedure:
                let name = model.procedures.indices.contains(model.procedureIndex) ? model.procedures[model.procedureIndex].name : ""
                lines.append(([Span(pointer + DisplayWidth.pad(DeskPhrases.fieldProcedure().text(l), to: 20), labelStyle), Span("◀ \(name) ▶", focused ? .selected : .accent)], focused))
            case .partyKind:
                let kind = model.partyKind == .organization ? DeskPhrases.partyOrganization() : DeskPhrases.partyPerson()
                lines.append(([Span(pointer + DisplayWidth.pad(DeskPhrases.fieldPartyKind().text(l), to: 20), labelStyle), Span("◀ \(kind.text(l)) ▶", focused ? .selected : .accent)], focused))
            case .partyName: field(DeskPhrases.fieldPartyName().text(l) + "*", row)
            case .partyID:
                var note: StyledLine = []
                switch model.identity {
                case let .success(number)?: note = [Span("    " + DeskPhrases.idOK(number.kind.displayName, number.value).text(l), .success)]
                case let .failure(problem)?: note = [Span("    " + DeskPhrases.idBad(problem.message).text(l), .danger)]
                case nil: break
                }
                if let registered = model.registered, case .success? = model.identity {
                    // The latest case only: the note is one line of the form, even at 80 columns.
                    let cases = registered.cases.first ?? ""
                    note = model.needsRenameReason
                        ? [Span("    " + CaseFilePhrases.deskRegisteredOther(registered.name, cases).text(l), .warning)]
                        : [Span("    " + CaseFilePhrases.deskRegistered(registered.name, cases).text(l), .success)]
                }
                field(DeskPhrases.fieldPartyID().text(l) + "*", row, note: note)
            case .renameReason: field(CaseFilePhrases.fieldRenameReason().text(l) + "*", row)
            case .contact: field(DeskPhrases.fieldContact().text(l), row)
            case .address: field(DeskPhrases.fieldAddress().text(l) + "*", row)
            case .subject: field(DeskPhrases.fieldSubject().text(l) + "*", row)
            case let .fact(code):
                guard let fact = item.fact(code) else { continue }
                var note: StyledLine = []
                if case let .failure(problem)? = model.factValue(code) { note = [Span("    " + DeskPhrases.factBad(problem).text(l), .danger)] }
                field(fact.name + (fact.unit.map { "（\($0)）" } ?? "") + (fact.required ? "*" : ""), row, note: note)
            case let .material(code):
                guard let material = item.material(code) else { continue }
                if index > 0, case .material = rows[index - 1] {} else { lines.append(([Span(DeskPhrases.materialsHint().text(l), .heading)], false)) }
                let mark = model.received.contains(code) ? "[✓] " : "[ ] "
                let required = material.required ? DeskPhrases.materialRequired().text(l) : ""
                lines.append(([Span(pointer + mark + material.name + required, labelStyle)], focused))
            }
        }
        let focusLine = lines.firstIndex { $0.1 } ?? 0
        let start = max(0, min(focusLine - budget / 2, lines.count - budget))
        body = [[Span("\(item.code) \(item.name)", .accent)]] + lines.dropFirst(start).prefix(budget).map(\.0)
        let title = DeskPhrases.newCaseTitle().text(l)
        let origin = Frame.center(Frame.box(title: title, body: body, width: width), width: width, on: screen)
        if let cursor, cursor.row >= start, cursor.row < start + budget {
            screen.placeCursor(row: origin.row + 2 + cursor.row - start, column: origin.column + 1 + cursor.column)
        }
    }

    private func drawForm(_ form: ActionFormModel, width: Int, on screen: Screen) {
        let l = session.language
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        var focusRow = 0
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            if focused { focusRow = body.count }
            let label = (field.customLabel.map { TerminalText.sanitize($0) } ?? field.label.template(l)) + (field.required ? DeskPhrases.fieldRequired().text(l) : "")
            // A long label (an action's opinion-label) wraps rather than losing its end.
            for (row, piece) in DisplayWidth.wrap(label, to: inner - 2).enumerated() {
                body.append([Span((row == 0 ? (focused ? "▸ " : "  ") : "  ") + piece, focused ? .heading : .plain)])
            }
            switch field.kind {
            case .level:
                let levels = form.levels
                if levels.indices.contains(form.levelIndex) {
                    let level = levels[form.levelIndex]
                    body.append([Span("  ◀ \(level.name) ▶ ", focused ? TextStyle.selected : .accent), Span(" " + level.circumstances, .muted)])
                    body.append([Span("    " + level.standard, .muted)])
                }
            case .sanctions:
                // As many choices to a line as fit; never cut off.
                var line: StyledLine = [Span("  ")]
                var used = 2
                for (index, kind) in ActionFormModel.optionalKinds(form.item).enumerated() {
                    let mark = form.chosenKinds.contains(kind) ? "[✓] " : "[ ] "
                    let text = mark + PenaltyNames.phrase(kind).template(l)
                    if used + DisplayWidth.of(text) > inner - 2, line.count > 1 {
                        body.append(line)
                        line = [Span("  ")]
                        used = 2
                    }
                    let style: TextStyle = focused && index == form.kindCursor ? .selected : .plain
                    line.append(Span(text, style))
                    line.append(Span("  "))
                    used += DisplayWidth.of(text) + 2
                }
                body.append(line)
                if focused { body.append([Span("    " + DeskPhrases.sanctionsHint().text(l), .muted)]) }
            case .fine:
                let shown = field.input.visible(width: inner - 4)
                if focused { cursor = (body.count, 2 + shown.cursorColumn) }
                body.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
                let check = DiscretionCheck(items: { [definitions = engine(for: form.state)?.definitions] in definitions?.item($0) })
                let level = form.levels.indices.contains(form.levelIndex) ? form.levels[form.levelIndex].code : ""
                let ranges = check.fineRanges(itemCode: form.item.code, level: level, facts: form.state.facts)
                let text = { (range: ClosedRange<Money>?) in
                    range.map { DeskPhrases.rangeText($0.lowerBound, $0.upperBound).text(l) } ?? DeskPhrases.rangeUnknown().text(l)
                }
                body.append([Span("    " + DeskPhrases.fineRanges(text(ranges.legal), text(ranges.band)).text(l), .muted)])
                if let fine = form.fine, let legal = ranges.legal, !legal.contains(fine) {
                    body.append([Span("    " + DeskPhrases.fineOutsideLaw().text(l), .danger)])
                } else if let fine = form.fine, let band = ranges.band, !band.contains(fine) {
                    body.append([Span("    " + DeskPhrases.fineOutsideBand().text(l), .warning)])
                }
            case .opinion, .reason, .justification, .property:
                // Up to three lines of the text, those around the cursor.
                let wrapped = field.input.wrapped(width: inner - 4)
                let first = max(0, min(wrapped.cursorRow - 1, wrapped.lines.count - 3))
                for (offset, line) in wrapped.lines.dropFirst(first).prefix(3).enumerated() {
                    if focused, first + offset == wrapped.cursorRow { cursor = (body.count, 2 + wrapped.cursorColumn) }
                    body.append([Span("  "), Span(DisplayWidth.pad(line, to: inner - 4), TextStyle(underline: true))])
                }
            default:
                let shown = field.input.visible(width: inner - 4)
                if focused { cursor = (body.count, 2 + shown.cursorColumn) }
                body.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
            }
        }
        // Taller than the screen (many choices at 80×24): show the part around the focused field.
        let budget = max(4, screen.rows - 5)
        let start = body.count > budget ? max(0, min(focusRow - 1, body.count - budget)) : 0
        let shown = Array(body.dropFirst(start).prefix(budget))
        let title = DeskPhrases.formTitle(form.action.name, form.state.id).text(l)
        let origin = Frame.center(Frame.box(title: title, body: shown, width: width), width: width, on: screen)
        if let cursor, cursor.row >= start, cursor.row < start + budget {
            screen.placeCursor(row: origin.row + 1 + cursor.row - start, column: origin.column + 1 + cursor.column)
        }
    }
}
