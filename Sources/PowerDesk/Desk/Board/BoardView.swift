import Foundation
import Localization
import Storage
import Workflow

/// The supervision board (issue 15): per item, section or officer for a month, quarter or year,
/// with Enter listing the cases behind the selected number. Read-only; opened from the desk by
/// the supervision post and the leadership, and refused by the store to anyone else.
final class BoardView: DeskView {
    let session: DeskSession
    /// The desk to go back to.
    let desk: DeskView
    var period: BoardPeriod
    var dimension: BoardDimension = .item
    var report: BoardReport?
    /// The 双公示 deadline's row (issue 16), read with the report.
    var disclosure: DisclosureDeadlineReport?
    var selection = BoardPresenter.Selection()
    var drill: BoardDrill?
    /// The feed's lag per target, read with the report.
    var feed = BoardFeedRow()
    var message: Message?
    /// The reason being typed for a 督办单 on the selected case of the drill-down.
    var noticeField: TextField?
    /// Dialogs over the drill-down (the 复议/诉讼 outcome form and its help), the front one last.
    var dialogs: [any Dialog] = []
    /// Esc was pressed on a dialog holding something typed: the next key says whether to discard.
    var confirmingDiscard = false
    private var screen: Screen?
    private var drillStates: [String: CaseState] = [:]
    private var height = 24
    private var width = 80

    static let bindings: [Binding<BoardCommand>] = [
        Binding([.up, .character("k")], DeskPhrases.keyMove, .up),
        Binding([.down, .character("j")], DeskPhrases.keyMove, .down, legend: false),
        Binding([.left, .character("h")], DeskPhrases.keyMove, .left, legend: false),
        Binding([.right, .character("l")], DeskPhrases.keyMove, .right, legend: false),
        Binding([.enter], SupervisionPhrases.keyDrill, .drill),
        Binding([.character("v"), .function(2)], SupervisionPhrases.keyDimension, .dimension),
        Binding([.character("p"), .function(4)], SupervisionPhrases.keyPeriod, .period),
        Binding([.character("[")], SupervisionPhrases.keyShift, .earlier),
        Binding([.character("]")], SupervisionPhrases.keyShift, .later, legend: false),
        Binding([.escape, .character("q"), .function(3)], SupervisionPhrases.keyBack, .back),
    ]

    static let drillBindings: [Binding<BoardCommand>] = [
        Binding([.up, .character("k"), .down, .character("j")], DeskPhrases.keyMove, .up),
        Binding([.character("n"), .function(2)], SupervisionPhrases.keyNotice, .notice),
        Binding([.character("o"), .function(6)], SupervisionThirdPhrases.keyRemedy, .remedy),
        Binding([.escape, .character("q"), .function(3)], SupervisionPhrases.keyBack, .back),
    ]

    /// Throws the store's refusal for a user who may not see the board.
    init(session: DeskSession, returningTo desk: DeskView) throws {
        self.session = session
        self.desk = desk
        period = BoardPeriod(.month, containing: session.today)
        try load()
    }

    func load() throws {
        report = try session.store.supervision.report(period, by: dimension, today: session.today, for: session.actor)
        let redAfter = BoardFeedRow.redAfterHours(SiteConfiguration.current.value(BoardFeedRow.configurationKey).value)
        let targets = (try? FeedConfiguration.targets(SiteConfiguration.current))?.map(\.name) ?? []
        feed = BoardFeedRow(lags: try session.store.supervision.feedLags(targets: targets, redAfterHours: redAfter, for: session.actor),
                            redAfterHours: redAfter)
        disclosure = try? session.store.disclosureDeadlines(today: session.today, for: session.actor)
        let count = (report?.rows.count ?? 0) + 1
        selection.row = min(selection.row, count - 1)
        scroll()
    }

    private func reload() {
        do {
            try load()
            message = nil
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
        }
    }

    // MARK: Drawing

    func render(on screen: Screen) {
        self.screen = screen
        height = screen.rows
        width = screen.columns
        screen.clear()
        screen.hideCursor()
        let lines: [StyledLine]
        if let drill {
            lines = drillLines(drill)
        } else if let report {
            scroll()
            var legend = Binding.legend(Self.bindings, language: session.language, width: width)
            if let message { legend = [Span(session.text(message), .danger)] }
            lines = BoardPresenter.frame(report, selection: selection, width: width, height: height, language: session.language, legend: legend,
                                         feed: feed, disclosure: disclosure)
        } else {
            lines = [[Span(message.map(session.text) ?? "", .danger)]]
        }
        for (row, line) in lines.enumerated() { screen.draw(line, row: row) }
        if let noticeField, let drill, drill.ids.indices.contains(drill.selected) {
            let boxWidth = min(width - 4, 70)
            let shown = noticeField.visible(width: boxWidth - 3)
            let box = Frame.box(title: SupervisionPhrases.noticeDialogTitle(drill.ids[drill.selected]).text(session.language),
                                body: [[Span(SupervisionPhrases.noticePrompt.template(session.language))], [Span(shown.text, TextStyle(underline: true))]],
                                width: boxWidth)
            let origin = Frame.center(box, width: boxWidth, on: screen)
            screen.placeCursor(row: origin.row + 2, column: origin.column + 1 + shown.cursorColumn)
        }
        if drill != nil { dialogs.last?.draw(on: screen, context: dialogContext) }
        screen.present()
    }

    /// Keeps the selected row and measure on screen.
    private func scroll() {
        let visible = BoardPresenter.tableHeight(height)
        let rows = report?.rows.count ?? 0
        if selection.row < rows {
            if selection.row < selection.top { selection.top = selection.row }
            if selection.row >= selection.top + visible { selection.top = selection.row - visible + 1 }
        }
        let cells = BoardPresenter.layout(width: width).cells
        if selection.measure < selection.firstMeasure { selection.firstMeasure = selection.measure }
        if selection.measure >= selection.firstMeasure + cells { selection.firstMeasure = selection.measure - cells + 1 }
    }

    private func drillLines(_ drill: BoardDrill) -> [StyledLine] {
        let title = SupervisionPhrases.drillTitle(drill.rowName, BoardPresenter.label(drill.measure), drill.total).text(session.language)
        let note = drill.total > drill.ids.count ? SupervisionPhrases.drillMore(drill.ids.count).text(session.language) : nil
        let room = max(1, height - 3)
        var rows: [StyledLine] = Array(repeating: [], count: drill.ids.count)
        for index in drill.top..<min(drill.ids.count, drill.top + room) {
            rows[index] = caseLine(drill.ids[index])
        }
        var legend = dialogs.last.map { Binding.legend($0.keys, language: session.language, width: width) }
            ?? Binding.legend(Self.drillBindings, language: session.language, width: width)
        if let message { legend = [Span(session.text(message), ["supervision.noticeIssued", "remedy.recorded"].contains(message.key) ? .success : .danger)] }
        return BoardPresenter.drillFrame(title: title, note: note, lines: rows, selected: drill.selected, top: drill.top, width: width, height: height,
                                         legend: legend)
    }

    /// Serial number, item, party and status of a case, read when it first comes on screen.
    private func caseLine(_ id: String) -> StyledLine {
        if drillStates[id] == nil { drillStates[id] = try? session.store.cases.load(id) }
        guard let state = drillStates[id] else { return [Span(id)] }
        let item = session.active.item(state.itemCode)?.name ?? state.itemCode
        let status: Phrase = switch state.status {
        case .open: DeskPhrases.detailStatusOpen
        case .suspended: DeskPhrases.detailStatusSuspended
        case .closed: DeskPhrases.detailStatusClosed
        }
        return [Span(DisplayWidth.pad(id, to: 14)), Span(DisplayWidth.pad(DisplayWidth.truncate(item, to: 27), to: 28), .accent),
                Span(DisplayWidth.pad(status.template(session.language), to: 8)), Span(state.party.name)]
    }

    // MARK: Keys

    func handle(_ key: Key) -> ViewOutcome {
        if key == .resize { return .stay }
        if drill != nil { return handleDrill(key) }
        guard let command = Binding.find(key, in: Self.bindings) else { return .stay }
        let rows = (report?.rows.count ?? 0) + 1
        switch command {
        case .up: selection.row = max(0, selection.row - 1)
        case .down: selection.row = min(rows - 1, selection.row + 1)
        case .left: selection.measure = max(0, selection.measure - 1)
        case .right: selection.measure = min(BoardPresenter.measures.count - 1, selection.measure + 1)
        case .drill: openDrill()
        case .dimension:
            let all = BoardDimension.allCases
            dimension = all[((all.firstIndex(of: dimension) ?? 0) + 1) % all.count]
            selection.row = 0
            selection.top = 0
            reload()
        case .period:
            let all = BoardPeriod.Length.allCases
            period = period.with(all[((all.firstIndex(of: period.length) ?? 0) + 1) % all.count])
            reload()
        case .earlier:
            period = period.shifted(by: -1)
            reload()
        case .later:
            period = period.shifted(by: 1)
            reload()
        case .back:
            screen?.invalidate()
            (desk as? MainDeskView)?.reload()
            return .replace(desk)
        case .notice, .remedy:
            break
        }
        return .stay
    }

    private func handleDrill(_ key: Key) -> ViewOutcome {
        guard var drill else { return .stay }
        if noticeField != nil { return handleNotice(key, drill: drill) }
        if !dialogs.isEmpty {
            handleDialog(key)
            return .stay
        }
        message = nil
        switch key {
        case .character("o"), .function(6):
            // The store refuses other posts too; the board says so before anything is typed.
            if session.actor.posts.isDisjoint(with: RemedyRegister.recorders) {
                message = SupervisionThirdPhrases.remedyRefused()
            } else if drill.ids.indices.contains(drill.selected) {
                dialogs.append(RemedyOutcomeDialog(caseID: drill.ids[drill.selected]))
                screen?.invalidate()
            }
            return .stay
        case .character("n"), .function(2):
            // The store refuses other posts too; the desk says so before anything is typed.
            if session.actor.posts.contains(SupervisionNotices.issuer) {
                noticeField = TextField(maxLength: 200)
            } else {
                message = SupervisionPhrases.noticeIssuerOnly()
            }
            return .stay
        case .up, .character("k"): drill.selected = max(0, drill.selected - 1)
        case .down, .character("j"): drill.selected = min(max(0, drill.ids.count - 1), drill.selected + 1)
        case .escape, .character("q"), .function(3):
            self.drill = nil
            screen?.invalidate()
            return .stay
        default: return .stay
        }
        let room = max(1, height - 3)
        if drill.selected < drill.top { drill.top = drill.selected }
        if drill.selected >= drill.top + room { drill.top = drill.selected - room + 1 }
        self.drill = drill
        return .stay
    }

    static let drillLimit = 500

    /// Typing the reason of a 督办单: Enter issues it to the officer answerable for the case,
    /// Esc drops it. A refusal keeps the text so nothing typed is lost.
    private func handleNotice(_ key: Key, drill: BoardDrill) -> ViewOutcome {
        guard var field = noticeField else { return .stay }
        switch key {
        case .escape, .control("c"):
            noticeField = nil
            screen?.invalidate()
        case .enter, .function(10), .control("s"):
            guard drill.ids.indices.contains(drill.selected) else { return .stay }
            let caseID = drill.ids[drill.selected]
            do {
                let days = (SiteConfiguration.current.value("notice-answer-days").value).flatMap(Int.init).map { min(max(0, $0), 365) } ?? 5
                let officer = try session.store.supervision.officer(of: caseID)
                let notice = try session.store.notices.issue(.order, caseID: caseID, addressee: officer, toSection: false, reason: field.text,
                                                             answerDays: days, by: session.actor)
                let name = (try? session.store.users.actor(officer))??.name ?? officer
                message = SupervisionPhrases.noticeIssued(notice.id, name, notice.dueOn.description)
                noticeField = nil
                screen?.invalidate()
            } catch {
                message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
            }
        default:
            _ = field.handle(key)
            noticeField = field
        }
        return .stay
    }

    private func openDrill() {
        guard let report else { return }
        let measure = BoardPresenter.measures[selection.measure]
        guard measure.drillsDown else { return }
        let row = selection.row < report.rows.count ? report.rows[selection.row] : report.total
        do {
            let found = try session.store.supervision.cases(measure, dimension: dimension, key: row.key, period: period, today: session.today,
                                                             limit: Self.drillLimit, for: session.actor)
            drill = BoardDrill(measure: measure, rowName: row.key == nil ? SupervisionPhrases.total.template(session.language) : row.name,
                               total: found.total, ids: found.ids)
            screen?.invalidate()
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
        }
    }

    // MARK: Dialogs over the drill-down

    var dialogContext: DialogContext {
        DialogContext(language: session.language, today: session.today, calendar: session.calendar, active: session.active,
                      userNames: session.userNames, posts: session.actor.posts, rows: height, columns: width)
    }

    /// A key for the dialog in front, as the desk's stack takes it: its own table says what the
    /// key means; closing a form with something typed asks first; a failure leaves it as typed.
    private func handleDialog(_ key: Key) {
        guard var dialog = dialogs.last else { return }
        let key = key == .control("c") ? Key.escape : key
        if confirmingDiscard {
            confirmingDiscard = false
            message = nil
            if key == .character("y") || key == .character("Y") { dialogs.removeLast() }
            screen?.invalidate()
            return
        }
        guard let command = dialog.command(for: key) else { return }
        message = nil
        if command == .help {
            dialogs.append(HelpDialog(keysOf: dialog, language: session.language))
            screen?.invalidate()
            return
        }
        if command == .close, dialog.hasInput {
            confirmingDiscard = true
            message = DeskPhrases.discardPrompt()
            return
        }
        let outcome = dialog.handle(command, key: key, context: dialogContext)
        dialogs[dialogs.count - 1] = dialog
        switch outcome {
        case .stay: return
        case .close, .closeAll: dialogs.removeLast()
        case let .closeNoting(note):
            dialogs.removeLast()
            message = note
        case let .push(next): dialogs.append(next)
        case let .replace(next): dialogs[dialogs.count - 1] = next
        case let .refuse(problem): message = problem
        case let .perform(operation): perform(operation)
        }
        screen?.invalidate()
    }

    /// The one operation the board's dialogs ask for: a 复议/诉讼 outcome, one transaction in
    /// the store, which checks the post and the case.
    private func perform(_ operation: DeskOperation) {
        guard case let .supervision(.recordRemedy(draft)) = operation else { return }
        do {
            let record = try session.store.remedies.record(draft, by: session.actor)
            dialogs.removeAll()
            message = RemedyOutcomeDialog.recorded(record)
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
        }
    }
}
