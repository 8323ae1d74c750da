import Foundation
import Localization
import Storage
import Workflow

/// Drawing the main desk. Only the rows on screen are read and drawn.
extension MainDeskView {
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
            Binding.legend(overlay.keys, language: l, width: screen.columns)
        } else {
            Binding.legend(legendBindings, language: l, width: screen.columns)
        }
        screen.draw(legend.fitted(to: screen.columns), row: screen.rows - 1)
        // Every dialog of the stack, the one in front last (a confirmation over the catalogue).
        let context = dialogContext
        for dialog in dialogs { dialog.draw(on: screen, context: context) }
        // The message goes over any dialog: what just happened (a print, a refusal) stays readable.
        if let message {
            for (index, line) in messageLines.enumerated() {
                screen.draw([Span(line, message.isError ? .danger : .success)].fitted(to: screen.columns), row: screen.rows - 1 - messageLines.count + index)
            }
        }
        screen.present()
    }

    /// The legend's bindings for this user: the catalogue for admins and the legal post, users
    /// for admins, the board for its viewers (first), new cases only for posts that open them. A
    /// command's keys are shown together (`c/F11`), and help and quit come last, where the legend
    /// keeps them whatever else it must shorten.
    var legendBindings: [Binding<DeskCommand>] {
        var merged: [Binding<DeskCommand>] = []
        for binding in Self.bindings {
            let shown =
                switch binding.command {
                case .catalogue, .users, .board: isOffered(binding.command)
                default: binding.inLegend && isOffered(binding.command)
            }
            guard shown else { continue }
            if let index = merged.firstIndex(where: { $0.command == binding.command }) {
                merged[index] = Binding(
                    merged[index].keys + binding.keys, merged[index].label, binding.command, legend: true)
            } else {
                merged.append(Binding(binding.keys, binding.label, binding.command, legend: true))
            }
        }
        // The board first for those who may see it (their main tool, kept when the line is cut).
        let last: Set<DeskCommand> = [.help, .quit]
        return merged.filter { $0.command == .board }
            + merged.filter { $0.command != .board && !last.contains($0.command) }
            + merged.filter { last.contains($0.command) }
    }

    /// Whether a desk key does something for this user now: the same answer for the legend and
    /// the help. `m` and `e` are offered where the selected case can take materials or facts.
    func isOffered(_ command: DeskCommand) -> Bool {
        switch command {
        case .catalogue: return isAdmin || isLegal
        case .users: return isAdmin
        case .board: return SupervisionBoard.mayView(session.actor)
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

    /// The desk's help: the keys this user can use (from the table that dispatches them),
    /// followed by what the queue's marks mean.
    func deskHelp(rows: Int) -> [StyledLine] {
        let l = session.language
        let offered = Self.bindings.filter { isOffered($0.command) }
        let marks = [DeskPhrases.markYellow, DeskPhrases.markRed, DeskPhrases.markTagged, DeskPhrases.markSuspended, DeskPhrases.markPaused]
        let markLines = [[Span(DeskPhrases.helpMarksTitle.template(l), .heading)]] + marks.map { [Span($0.template(l))] as StyledLine }
        var keys = Binding.helpLines(offered, language: l)
        if keys.count + 1 + markLines.count > rows - 2 {
            // Short screen (80×24): the keys in two columns, so the marks fit below them.
            let single = Binding.helpLines(offered, language: l, keyWidth: 19)
            let half = (single.count + 1) / 2
            keys = (0..<half).map { row in
                single[row].fitted(to: 38) + (row + half < single.count ? single[row + half] : [])
            }
        }
        return keys + [[]] + markLines
    }
}
