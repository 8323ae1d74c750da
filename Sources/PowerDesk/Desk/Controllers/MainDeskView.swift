import Foundation
import Localization
import Storage
import Workflow

/// The main desk: title line, queue tabs, the queue beside the case detail or flowchart, a
/// message line and the key legend. Dialogs sit on a stack on top and take the keys while open;
/// what they ask of the database the desk performs (`run`, in MainDeskView+Operations).
final class MainDeskView: DeskView {
    let session: DeskSession
    var tab: QueueTab = .todo
    var search = ""
    var counts: [QueueTab: Int] = [:]
    var rows: [QueueRow] = []
    var top = 0
    /// The top and tab of the rows last read, to page on from them.
    private var loadedTop = 0
    private var loadedTab: QueueTab?
    var selected = 0
    var tagged: Set<String> = []
    var showFlow = false
    /// How far the case detail is scrolled (J/K), reset when the selection moves.
    var detailOffset = 0
    /// The dialogs open, the one in front last.
    var dialogs: [any Dialog] = []
    /// The dialog in front, if any.
    var overlay: (any Dialog)? { dialogs.last }
    /// Esc or Ctrl-C was pressed on a filled form: the next key says whether to discard it.
    var confirmingDiscard = false
    /// The last frame was below 80×24: nothing is shown, so no key may act.
    var tooSmall = false
    /// The message line, already in the reader's language.
    var message: (text: String, isError: Bool)?
    var bodyHeight = 20
    /// The screen last drawn on, lent to the editor while it runs.
    var screen: Screen?
    /// The editor command; `$VISUAL`/`$EDITOR`/`vi` unless a test sets it.
    var editorCommand = ExternalEditor.command
    /// The ZMODEM sender; `sz` unless a test sets it.
    var zmodemCommand = ZmodemSender.defaultCommand
    private var engines: [Int: CaseEngine] = [:]
    /// Prints and typesets documents; its font is loaded on the first print.
    lazy var printer = DocumentPrinter(store: session.store)
    /// The selected case's documents, read once per revision rather than on every frame.
    private var documentCache: (id: String, revision: Int, documents: [IssuedDocument])?
    /// The query code and the files of the case in the detail, read once per revision (drawing
    /// reads no database).
    private var extrasCache: (id: String, revision: Int, queryCode: String?, files: [AttachedFile])?

    static let bindings: [Binding<DeskCommand>] = [
        Binding([.up, .character("k")], DeskPhrases.keyMove, .up, legend: false),
        Binding([.down, .character("j")], DeskPhrases.keyMove, .down, legend: false),
        Binding([.pageUp], DeskPhrases.keyPage, .pageUp, legend: false),
        Binding([.pageDown], DeskPhrases.keyPage, .pageDown, legend: false),
        Binding([.home], DeskPhrases.keyPage, .home, legend: false),
        Binding([.end], DeskPhrases.keyPage, .end, legend: false),
        Binding([.enter], DeskPhrases.keyActions, .act),
        Binding([.character("n")], DeskPhrases.keyNew, .newCase),
        Binding([.character("m")], DeskPhrases.keyMaterials, .materials),
        Binding([.character("e")], DeskPhrases.keyFacts, .facts),
        Binding([.character("d")], DeskPhrases.keyDocuments, .documents),
        Binding([.character("i"), .control("e")], DialogPhrases.keyFiles, .files, legend: false),
        Binding([.character("t"), .control("t")], TranscriptPhrases.keyTranscripts, .transcripts, legend: false),
        Binding([.tab], DeskPhrases.keyTabs, .nextTab),
        Binding([.backTab], DeskPhrases.keyTabs, .previousTab, legend: false),
        Binding([.character(" ")], DeskPhrases.keyTag, .tag),
        Binding([.character("a")], DeskPhrases.keyBulk, .bulkApprove),
        Binding([.character("f")], DeskPhrases.keyFlow, .toggleFlow),
        Binding([.character("J")], DeskPhrases.keyScrollDown, .scrollDown, legend: false),
        Binding([.character("K")], DeskPhrases.keyScrollUp, .scrollUp, legend: false),
        Binding([.character("/")], DeskPhrases.keySearch, .search),
        Binding([.character("c")], DeskPhrases.keyCatalogue, .catalogue, legend: false),
        Binding([.character("u")], DeskPhrases.keyUsers, .users, legend: false),
        Binding([.character("b"), .control("b")], SupervisionPhrases.keyBoard, .board, legend: false),
        Binding([.character("y"), .control("y")], SupervisionThirdPhrases.keyComplaints, .complaints, legend: false),
        Binding([.character("r"), .function(5)], DeskPhrases.keyRefresh, .refresh, legend: false),
        Binding([.character("?"), .function(1)], DeskPhrases.keyHelp, .help),
        Binding([.character("q"), .function(3)], DeskPhrases.keyQuit, .quit),
        Binding([.control("c")], DeskPhrases.keyQuit, .quit, legend: false),
        // With a Chinese input method on, letters go to the input method: every letter key has
        // a function-key or Ctrl twin, listed in help beside it.
        Binding([.function(2)], DeskPhrases.keyNew, .newCase, legend: false),
        Binding([.function(4)], DeskPhrases.keyMaterials, .materials, legend: false),
        Binding([.function(6)], DeskPhrases.keyFacts, .facts, legend: false),
        Binding([.function(7)], DeskPhrases.keyDocuments, .documents, legend: false),
        Binding([.function(8)], DeskPhrases.keyBulk, .bulkApprove, legend: false),
        Binding([.function(9)], DeskPhrases.keyFlow, .toggleFlow, legend: false),
        Binding([.control("f")], DeskPhrases.keySearch, .search, legend: false),
        Binding([.function(11)], DeskPhrases.keyCatalogue, .catalogue, legend: false),
        Binding([.function(12)], DeskPhrases.keyUsers, .users, legend: false),
    ]

    init(session: DeskSession) {
        self.session = session
        if session.isReadOnly { tab = .warning }
        reload()
        message = message ?? signInReminder()
    }

    // MARK: Data

    func engine(for state: CaseState) -> CaseEngine? {
        if let engine = engines[state.flowVersion] { return engine }
        guard let engine = try? session.store.cases.engine(for: state) else { return nil }
        engines[state.flowVersion] = engine
        return engine
    }

    func documents(of state: CaseState) -> [IssuedDocument] {
        if let cache = documentCache, cache.id == state.id, cache.revision == state.revision { return cache.documents }
        let documents = (try? session.store.cases.documents(state.id)) ?? []
        documentCache = (state.id, state.revision, documents)
        return documents
    }

    func extras(of state: CaseState) -> (queryCode: String?, files: [AttachedFile]) {
        if let cache = extrasCache, cache.id == state.id, cache.revision == state.revision { return (cache.queryCode, cache.files) }
        let code = (try? session.store.queryCode(of: state.id)) ?? nil
        let files = (try? session.store.attachments.files(state.id)) ?? []
        extrasCache = (state.id, state.revision, code, files)
        return (code, files)
    }

    var selectedState: CaseState? {
        let index = selected - top
        return rows.indices.contains(index) ? rows[index].state : nil
    }

    /// Reads the counts and the visible page again, keeping the selection on the same case when
    /// it is still in the tab. Counting every tab costs a pass over the cases, so it happens on
    /// refresh and after a change, not while the selection moves.
    func reload(keeping caseID: String? = nil) {
        do {
            for tab in QueueTab.allCases where tab != .search || !search.isEmpty {
                counts[tab] = try session.store.queue.count(session.filter(tab, search: search))
            }
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
        reloadPage(keeping: caseID)
    }

    /// Reads only the rows on screen.
    func reloadPage(keeping caseID: String? = nil) {
        let store = session.store
        do {
            let total = counts[tab] ?? 0
            if let caseID, let position = try store.queue.position(of: caseID, in: session.filter(tab, search: search)) {
                selected = position
            }
            selected = min(max(0, selected), max(0, total - 1))
            if selected < top { top = selected }
            if selected >= top + bodyHeight { top = selected - bodyHeight + 1 }
            top = max(0, min(top, max(0, total - bodyHeight)))
            // Moving on from the page on screen: start after the row before the new top.
            let step = top - loadedTop
            let anchor = caseID == nil && loadedTab == tab && step > 0 && step <= rows.count ? rows[step - 1].anchor : nil
            rows = try store.queue.page(session.filter(tab, search: search), offset: top, limit: bodyHeight, after: anchor)
            loadedTop = top
            loadedTab = tab
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
    }

    // MARK: Keys

    func handle(_ key: Key) -> ViewOutcome {
        if key == .resize { return .stay }
        // Below the minimum size the desk is not on screen, so no key may act on it unseen.
        if tooSmall { return key == .control("c") ? .quit : .stay }
        let shape = dialogs.map { ObjectIdentifier(type(of: $0)) }
        defer {
            // A dialog opened, closed or replaced: the next frame repaints the whole terminal, so
            // cells a box covered (half of a wide character such as 待 in the tab bar) are drawn
            // again rather than trusted to the terminal's partial update.
            if dialogs.map({ ObjectIdentifier(type(of: $0)) }) != shape { screen?.invalidate() }
        }
        if !dialogs.isEmpty {
            handleDialog(key)
            return .stay
        }
        guard let command = Binding.find(key, in: Self.bindings) else { return .stay }
        message = nil
        switch command {
        case .up: move(to: selected - 1)
        case .down: move(to: selected + 1)
        case .pageUp: move(to: selected - bodyHeight)
        case .pageDown: move(to: selected + bodyHeight)
        case .home: move(to: 0)
        case .end: move(to: (counts[tab] ?? 1) - 1)
        case .nextTab: switchTab(by: 1)
        case .previousTab: switchTab(by: -1)
        case .act: openActions()
        case .newCase: openNewCase()
        case .catalogue: openCatalogue()
        case .users: openUsers()
        case .materials: openMaterials()
        case .facts: openFacts()
        case .documents: openDocuments()
        case .files: openFiles()
        case .transcripts: openTranscripts()
        case .tag: toggleTag()
        case .bulkApprove: openBulk()
        case .toggleFlow:
            showFlow.toggle()
            detailOffset = 0
        case .scrollDown: detailOffset += max(1, bodyHeight / 2)
        case .scrollUp: detailOffset = max(0, detailOffset - max(1, bodyHeight / 2))
        case .refresh:
            screen?.invalidate()
            reload(keeping: selectedState?.id)
            message = (session.text(DeskPhrases.refreshed()), false)
        case .search: dialogs.append(SearchDialog())
        case .help: dialogs.append(HelpDialog(body: deskHelp(rows: (screen?.rows ?? 24) - 1)))
        case .board: if let board = openBoard() { return .replace(board) }
        case .complaints: openComplaints()
        case .quit: return .quit
        }
        return .stay
    }

    func move(to index: Int) {
        let total = counts[tab] ?? 0
        let target = min(max(0, index), max(0, total - 1))
        guard target != selected || rows.isEmpty else { return }
        selected = target
        detailOffset = 0
        if selected < top || selected >= top + bodyHeight { reloadPage() }
    }

    func switchTab(by step: Int) {
        let tabs = search.isEmpty ? QueueTab.allCases.filter { $0 != .search } : QueueTab.allCases
        let index = tabs.firstIndex(of: tab) ?? 0
        tab = tabs[(index + step + tabs.count) % tabs.count]
        top = 0
        selected = 0
        reloadPage()
    }

    func toggleTag() {
        guard let state = selectedState else { return }
        if !tagged.contains(state.id), bulkApproval(for: state) == nil {
            // Marked for bulk approval only where this user has an approval to give: a case that
            // could only fail later is refused now, and the cursor stays on it.
            message = (DeskPhrases.bulkFailure(state.id, DeskPhrases.bulkNoApproval()).text(session.language), true)
            return
        }
        if tagged.contains(state.id) { tagged.remove(state.id) } else { tagged.insert(state.id) }
        message = (session.text(DeskPhrases.tagged(tagged.count)), false)
        move(to: selected + 1)
    }

    func openActions() {
        guard let listed = selectedState else { return }
        if session.isReadOnly {
            message = (session.text(DeskPhrases.readOnly()), true)
            return
        }
        guard let state = try? session.store.cases.load(listed.id), let engine = engine(for: state) else { return }
        // The case moved on since the screen was drawn: offering the new step's actions under
        // the old step's picture would put a practised Enter on the wrong action.
        guard state.revision == listed.revision else {
            message = (session.text(StoragePhrases.conflict()), true)
            reload(keeping: listed.id)
            return
        }
        let items = engine.available(state, for: session.actor, on: session.today)
        dialogs.append(ActionsDialog(state: state, items: items, definitions: engine.definitions,
                                     officers: engine.fellowOfficers(of: session.actor, on: session.today)))
    }

    /// The posts that may open a case on some procedure of the catalogue (the procedures' `opened-by`).
    var canOpenCases: Bool {
        !session.active.itemsOpenable(by: session.actor.posts).isEmpty
    }

    func openNewCase() {
        guard canOpenCases else {
            message = (session.text(DeskPhrases.canOpenNothing()), true)
            return
        }
        dialogs.append(NewCaseDialog(model: NewCaseModel(items: session.active.itemsOpenable(by: session.actor.posts))))
    }

    func openMaterials() {
        guard let listed = selectedState, !session.isReadOnly,
              let state = try? session.store.cases.load(listed.id), let item = engine(for: state)?.definitions.item(state.itemCode)
        else { return }
        let options = item.materials.filter { (state.materials[$0.code] ?? 0) < $0.count }
        guard !options.isEmpty else {
            message = (session.text(EnginePhrases.materialsAlreadyComplete()), false)
            return
        }
        dialogs.append(MaterialsDialog(state: state, options: options))
    }

    func openFacts() {
        guard let listed = selectedState else { return }
        if session.isReadOnly {
            message = (session.text(DeskPhrases.readOnly()), true)
            return
        }
        guard let state = try? session.store.cases.load(listed.id), let item = engine(for: state)?.definitions.item(state.itemCode) else { return }
        guard !item.facts.isEmpty else {
            message = (session.text(DeskPhrases.factsNone()), true)
            return
        }
        dialogs.append(FactsDialog(model: FactsModel(state: state, item: item)))
    }

    func openBulk() {
        guard !tagged.isEmpty else {
            message = (session.text(DeskPhrases.bulkNothing()), true)
            return
        }
        dialogs.append(BulkApprovalDialog(cases: tagged.sorted().compactMap { try? session.store.cases.load($0) }))
    }

    // MARK: Dialogs

    /// What the dialogs may know: no store.
    var dialogContext: DialogContext {
        DialogContext(language: session.language, today: session.today, calendar: session.calendar, active: session.active,
                      userNames: session.userNames, posts: session.actor.posts, rows: screen?.rows ?? 24, columns: screen?.columns ?? 80)
    }

    /// A key for the dialog in front: its own table says what it means. The desk itself answers
    /// only help (F1, from the same table) and closing a dialog that holds something typed.
    func handleDialog(_ key: Key) {
        guard var dialog = dialogs.last else { return }
        // In a dialog Ctrl-C is Esc: it closes, and never quits with a form half typed.
        let key = key == .control("c") ? Key.escape : key
        if confirmingDiscard {
            confirmingDiscard = false
            message = nil
            guard key == .character("y") || key == .character("Y") else { return }
            apply(dialog.handle(.close, key: .escape, context: dialogContext), to: dialog)
            return
        }
        guard let command = dialog.command(for: key) else { return }
        switch command {
        case .help:
            dialogs.append(HelpDialog(keysOf: dialog, language: session.language))
        case .close where dialog.hasInput:
            confirmingDiscard = true
            message = (session.text(DeskPhrases.discardPrompt()), true)
        default:
            let outcome = dialog.handle(command, key: key, context: dialogContext)
            apply(outcome, to: dialog)
        }
    }

    /// Puts a dialog's outcome into effect: the dialog (as it is after the key) stays, closes, is
    /// replaced or has another pushed over it; an operation is performed here, its failure
    /// reported here (the dialog stays with what was typed), and the queue read again.
    func apply(_ outcome: DialogOutcome, to dialog: any Dialog) {
        if !dialogs.isEmpty { dialogs[dialogs.count - 1] = dialog }
        switch outcome {
        case .stay: break
        case .close: _ = dialogs.popLast()
        case let .closeNoting(note):
            _ = dialogs.popLast()
            message = (session.text(note), false)
        case .closeAll: dialogs.removeAll()
        case let .push(next): dialogs.append(next)
        case let .replace(next):
            _ = dialogs.popLast()
            dialogs.append(next)
        case let .refuse(problem): message = (session.text(problem), true)
        case let .perform(operation):
            do {
                let next = try run(operation)
                apply(next, to: dialogs.last ?? dialog)
            } catch {
                report(error)
                // A conflict or a refusal by the store: what is on screen may be stale.
                if error is StorageError { reload(keeping: selectedState?.id) }
            }
        }
    }

    /// The one place an error reaches the message line.
    func report(_ error: any Error) {
        message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
