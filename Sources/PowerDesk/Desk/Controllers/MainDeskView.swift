import Foundation
import Localization
import Storage
import Workflow

/// The main desk: title line, queue tabs, the queue beside the case detail or flowchart, a
/// message line and the key legend. Overlays (actions, an action's form, help, search, bulk
/// approval) sit on top and take the keys while open.
final class MainDeskView: DeskView {
    enum Overlay {
        case actions(case: CaseState, items: [AvailableAction], selected: Int)
        case form(ActionFormModel)
        /// The tagged cases as read when the dialog opened (each is read again before it is approved).
        case bulk(cases: [CaseState], opinion: TextField)
        case search(TextField)
        /// Help for what is in front: the dialog it was opened over, or the desk itself (nil).
        indirect case help(over: Overlay?)
        /// The selected case's key facts, recorded or corrected (a case opened without them is
        /// otherwise stuck at the guard that needs them).
        case facts(FactsModel)
        case newCase(NewCaseModel)
        case materials(case: CaseState, options: [MaterialRequirement], ticked: Set<String>, focus: Int)
        case catalogue(entries: [CatalogueEntry], selected: Int)
        case confirmDraft(version: Int64, entries: [CatalogueEntry], selected: Int)
        case editErrors(target: EditTarget, text: String, errors: [String])
        case users(list: [Actor], form: UserFormModel?)
        case changeRequest(ChangeRequestModel)
        /// The case's documents; Enter previews, p prints, P prints the archive, e corrects.
        case documents(DocumentsModel)

        var isHelp: Bool {
            if case .help = self { true } else { false }
        }
    }

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
    var overlay: Overlay?
    /// Esc or Ctrl-C was pressed on a filled form: the next key says whether to discard it.
    var confirmingDiscard = false
    /// The last frame was below 80×24: nothing is shown, so no key may act.
    var tooSmall = false
    /// The message line, already in the reader's language.
    var message: (text: String, isError: Bool)?
    var bodyHeight = 20
    /// The version in force when the catalogue was opened, for its title.
    var catalogueVersion: Int64 = 0
    /// The screen last drawn on, lent to the editor while it runs.
    var screen: Screen?
    /// The editor command; `$VISUAL`/`$EDITOR`/`vi` unless a test sets it.
    var editorCommand = ExternalEditor.command
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

    /// Keys that submit a form from any field: F10, and Ctrl-S for terminals (and input
    /// methods) that take F10 for themselves.
    static let submitKeys: [Key] = [.function(10), .control("s")]

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
        if let overlay {
            // In a dialog Ctrl-C is Esc: it closes, and never quits with a form half typed.
            let key = key == .control("c") ? Key.escape : key
            if confirmingDiscard {
                confirmingDiscard = false
                message = nil
                if key == .character("y") || key == .character("Y") { handleOverlay(overlay, .escape) }
            } else if key == .escape, Self.hasInput(overlay) {
                confirmingDiscard = true
                message = (session.text(DeskPhrases.discardPrompt()), true)
            } else if key == .function(1), !overlay.isHelp {
                self.overlay = .help(over: overlay)
            } else {
                handleOverlay(overlay, key)
            }
            if self.overlay == nil { screen?.invalidate() }
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
        case .search: overlay = .search(TextField(maxLength: 100))
        case .help: overlay = .help(over: nil)
        case .board: if let board = openBoard() { return .replace(board) }
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
        overlay = .actions(case: state, items: items, selected: items.firstIndex(where: \.isEnabled) ?? 0)
    }

    /// The posts that may open a case on some procedure of the catalogue.
    var canOpenCases: Bool {
        session.active.procedures.values.contains { !session.actor.posts.isDisjoint(with: $0.openedBy) }
    }

    func openNewCase() {
        guard canOpenCases else {
            message = (session.text(DeskPhrases.canOpenNothing()), true)
            return
        }
        let items = session.active.items.filter { item in
            item.procedures.contains { session.active.procedures[$0].map { !session.actor.posts.isDisjoint(with: $0.openedBy) } ?? false }
        }
        overlay = .newCase(NewCaseModel(items: items))
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
        overlay = .materials(case: state, options: options, ticked: [], focus: 0)
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
        overlay = .facts(FactsModel(state: state, item: item))
    }

    /// Whether closing the dialog would lose something typed or ticked, and so needs asking.
    static func hasInput(_ overlay: Overlay) -> Bool {
        switch overlay {
        case let .form(form): form.fields.contains { !$0.input.text.isEmpty }
        case let .newCase(model): model.item != nil && (model.inputs.values.contains { !$0.text.isEmpty } || !model.received.isEmpty)
        case let .bulk(_, opinion): !opinion.text.isEmpty
        case let .materials(_, _, ticked, _): !ticked.isEmpty
        // The edited definition itself is lost with the request.
        case .changeRequest: true
        case let .users(_, form?): form.fields.contains { !$0.text.isEmpty }
        case let .facts(model): model.isChanged
        case let .documents(model):
            if case let .correction(reason, _, _) = model.mode { !reason.text.isEmpty } else { false }
        default: false
        }
    }

    func openBulk() {
        guard !tagged.isEmpty else {
            message = (session.text(DeskPhrases.bulkNothing()), true)
            return
        }
        overlay = .bulk(cases: tagged.sorted().compactMap { try? session.store.cases.load($0) }, opinion: TextField())
    }

    // MARK: Overlays

    func handleOverlay(_ current: Overlay, _ key: Key) {
        switch current {
        case let .help(over):
            overlay = over
        case var .facts(model):
            switch key {
            case .escape:
                overlay = nil
                return
            case .tab, .down: model.focus = min(model.fields.count - 1, model.focus + 1)
            case .backTab, .up: model.focus = max(0, model.focus - 1)
            case .enter where model.focus < model.fields.count - 1: model.focus += 1
            case .enter, .function(10), .control("s"):
                recordFacts(model)
                return
            default: _ = model.inputs[model.focus].handle(key)
            }
            overlay = .facts(model)
        case var .search(field):
            switch key {
            case .escape: overlay = nil
            case .enter, .function(10), .control("s"):
                search = field.text.trimmingCharacters(in: .whitespaces)
                overlay = nil
                tab = search.isEmpty ? .todo : .search
                top = 0
                selected = 0
                reload()
            default:
                _ = field.handle(key)
                overlay = .search(field)
            }
        case let .actions(state, items, index):
            switch key {
            case .escape, .character("q"): overlay = nil
            case .up, .character("k"): overlay = .actions(case: state, items: items, selected: max(0, index - 1))
            case .down, .character("j"): overlay = .actions(case: state, items: items, selected: min(items.count - 1, index + 1))
            case .enter:
                guard items.indices.contains(index) else { return }
                let chosen = items[index]
                guard chosen.isEnabled else {
                    message = (session.text(chosen.disabledReasons.first ?? DeskPhrases.actionsNone()), true)
                    return
                }
                guard let item = engine(for: state)?.definitions.item(state.itemCode) else { return }
                let form = ActionFormModel(state: state, action: chosen.action, item: item)
                if form.fields.isEmpty {
                    overlay = nil
                    perform(form)
                } else {
                    overlay = .form(form)
                }
            default: break
            }
        case var .form(form):
            switch key {
            case .escape:
                overlay = nil
            case .function(10), .control("s"), .enter where form.focus == form.fields.count - 1:
                overlay = nil
                perform(form)
            case .tab, .down, .enter:
                form.focus = min(form.fields.count - 1, form.focus + 1)
                overlay = .form(form)
            case .backTab, .up:
                form.focus = max(0, form.focus - 1)
                overlay = .form(form)
            default:
                form.edit(key)
                overlay = .form(form)
            }
        case var .newCase(model):
            overlay = handleNewCase(&model, key)
        case let .catalogue(entries, selected):
            overlay = handleCatalogue(entries, selected, key)
        case let .confirmDraft(version, entries, selected):
            guard key == .character("y") else {
                overlay = .catalogue(entries: entries, selected: selected)
                return
            }
            do {
                try session.store.definitions.confirm(version, by: session.actor)
                message = (session.text(DeskPhrases.confirmed(version)), false)
                overlay = nil
            } catch {
                message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
                overlay = .catalogue(entries: entries, selected: selected)
            }
        case let .editErrors(target, text, _):
            switch key {
            case .escape:
                overlay = nil
                message = (session.text(DeskPhrases.editAbandoned()), false)
            case .character("e"): edit(target, text: text)
            default: break
            }
        case let .users(list, form):
            overlay = handleUsers(list, form, key)
        case var .changeRequest(model):
            overlay = handleChangeRequest(&model, key)
        case var .documents(model):
            overlay = handleDocuments(&model, key)
        case let .materials(state, options, ticked, focus):
            switch key {
            case .escape: overlay = nil
            case .up: overlay = .materials(case: state, options: options, ticked: ticked, focus: max(0, focus - 1))
            case .down, .tab: overlay = .materials(case: state, options: options, ticked: ticked, focus: min(options.count - 1, focus + 1))
            case .character(" "):
                var next = ticked
                let code = options[focus].code
                if next.contains(code) { next.remove(code) } else { next.insert(code) }
                overlay = .materials(case: state, options: options, ticked: next, focus: focus)
            case .enter, .function(10), .control("s"):
                guard !ticked.isEmpty else {
                    message = (session.text(DeskPhrases.materialsNothing()), true)
                    return
                }
                overlay = nil
                let received = Dictionary(options.filter { ticked.contains($0.code) }.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
                do {
                    let result = try session.store.cases.addMaterials(state.id, received, expectedRevision: state.revision, by: session.actor)
                    message = (session.text(DeskPhrases.done(DeskPhrases.keyMaterials.template(session.language), result.state.id)), false)
                    reload(keeping: state.id)
                } catch {
                    message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
                }
            default: break
            }
        case .bulk(let cases, var opinion):
            switch key {
            case .escape: overlay = nil
            case .enter, .function(10), .control("s"):
                // One opinion goes on every tagged case's record: an empty one is asked for,
                // never sent as "no opinion" for all of them.
                guard !opinion.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    message = (session.text(DeskPhrases.bulkOpinionRequired()), true)
                    return
                }
                overlay = nil
                approveAll(cases.map(\.id), opinion: opinion.text)
            default:
                _ = opinion.handle(key)
                overlay = .bulk(cases: cases, opinion: opinion)
            }
        }
    }

    /// Keys of the new-case form: first the item list, then the fields. Returns the overlay to
    /// show next (nil when the form closed).
    func handleNewCase(_ model: inout NewCaseModel, _ key: Key) -> Overlay? {
        guard model.item != nil else {
            switch key {
            case .escape: return nil
            case .up: model.choice = max(0, model.choice - 1)
            case .down: model.choice = min(max(0, model.matches.count - 1), model.choice + 1)
            case .enter:
                let matches = model.matches
                guard matches.indices.contains(model.choice) else { return .newCase(model) }
                let item = matches[model.choice]
                model.item = item
                model.procedures = item.procedures.compactMap { session.active.procedures[$0] }
                    .filter { !session.actor.posts.isDisjoint(with: $0.openedBy) }
                model.focus = 0
            default:
                _ = model.filter.handle(key)
                model.choice = 0
            }
            return .newCase(model)
        }
        switch key {
        case .escape: return nil
        case .tab, .down, .enter where model.focus < model.rows.count - 1:
            model.focus = min(model.rows.count - 1, model.focus + 1)
        case .backTab, .up:
            model.focus = max(0, model.focus - 1)
        case .enter, .function(10), .control("s"):
            return submitNewCase(model)
        default:
            model.edit(key)
            lookUpParty(&model)
        }
        return .newCase(model)
    }

    /// The register's record of the number typed so far, once it is a valid number: the form
    /// shows the name it is registered under and asks for a reason when the names differ.
    func lookUpParty(_ model: inout NewCaseModel) {
        guard case let .success(number)? = model.identity else {
            model.registered = nil
            return
        }
        guard model.registered?.number != number.value else { return }
        let record = try? PartyRegister.record(number.value, in: session.store.database)
        model.registered = record.flatMap { record in
            record.names.last.map { (number.value, $0.name, record.cases.prefix(3).map(\.id)) }
        }
    }

    /// Opens the case (one transaction) and shows what the engine allows next: acceptance when
    /// the materials are complete, otherwise a correction notice or a refusal with everything missing.
    func submitNewCase(_ model: NewCaseModel) -> Overlay? {
        guard let item = model.item else { return .newCase(model) }
        var missing: [String] = []
        if model.text(.partyName).isEmpty { missing.append(DeskPhrases.fieldPartyName().text(session.language)) }
        if model.text(.address).isEmpty { missing.append(DeskPhrases.fieldAddress().text(session.language)) }
        if model.text(.subject).isEmpty { missing.append(DeskPhrases.fieldSubject().text(session.language)) }
        if model.needsRenameReason, model.text(.renameReason).isEmpty { missing.append(CaseFilePhrases.fieldRenameReason().text(session.language)) }
        guard missing.isEmpty else {
            message = (session.text(DeskPhrases.missingFields(missing.joined(separator: "、"))), true)
            return .newCase(model)
        }
        guard case let .success(identity)? = model.identity else {
            message = (session.text(DeskPhrases.idMustPass()), true)
            return .newCase(model)
        }
        var facts: [String: FactValue] = [:]
        for field in item.facts {
            switch model.factValue(field.code) {
            case let .success(value)?: facts[field.code] = value
            case let .failure(problem)?:
                message = (session.text(problem), true)
                return .newCase(model)
            case nil: break
            }
        }
        let materials = Dictionary(item.materials.filter { model.received.contains($0.code) }.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
        let draft = CaseDraft(itemCode: item.code, procedureCode: model.procedureCode, party: CaseParty(kind: model.partyKind, name: model.text(.partyName), identity: identity, contact: model.text(.contact), address: model.text(.address)),
                              subject: model.text(.subject), materials: materials, facts: facts,
                              partyRenameReason: model.needsRenameReason ? model.text(.renameReason) : nil)
        do {
            let result = try session.store.cases.open(draft, by: session.actor)
            message = (session.text(DeskPhrases.registered(result.state.id, result.state.subject)), false)
            tab = .todo
            reload(keeping: result.state.id)
            guard let engine = engine(for: result.state) else { return nil }
            let items = engine.available(result.state, for: session.actor, on: session.today)
            return .actions(case: result.state, items: items, selected: items.firstIndex(where: \.isEnabled) ?? 0)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
            return .newCase(model)
        }
    }

    /// Performs an action through Storage, one transaction, refused if the case changed since it
    /// was read ("已被他人处理，请刷新").
    func perform(_ form: ActionFormModel) {
        if form.action.penalty != nil, !form.value(.fine).isEmpty, form.fine == nil {
            message = (session.text(DeskPhrases.fineBad(form.value(.fine))), true)
            overlay = .form(form)
            return
        }
        let participants = form.value(.participants).split(whereSeparator: { ",，、 ".contains($0) }).map(String.init)
        let command = CaseCommand(
            action: form.action.code, opinion: form.value(.opinion).nilIfEmpty, reason: form.value(.reason).nilIfEmpty,
            participants: participants, penalty: form.penalty
        )
        do {
            let result = try session.store.cases.act(form.state.id, command, expectedRevision: form.state.revision, by: session.actor)
            message = (session.text(DeskPhrases.done(form.action.name, result.state.id)), false)
            detailOffset = 0
            reload(keeping: result.state.id)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
            // The form stays with what was typed, also on a conflict: the opinion is not lost,
            // and sending it again is refused again, since the form still names the old revision.
            overlay = .form(form)
            if error is StorageError { reload(keeping: form.state.id) }
        }
    }

    /// Records the facts typed differently from the case's; a refusal (a decision already made,
    /// a value the item does not take, the case changed meanwhile) keeps the dialog and what was typed.
    func recordFacts(_ model: FactsModel) {
        switch model.changes() {
        case let .failure(problem):
            message = (session.text(problem), true)
        case let .success(facts) where facts.isEmpty:
            overlay = nil
            message = (session.text(DeskPhrases.editUnchanged()), false)
        case let .success(facts):
            do {
                let result = try session.store.cases.recordFacts(model.state.id, facts, expectedRevision: model.state.revision, by: session.actor)
                overlay = nil
                message = (session.text(DeskPhrases.done(DeskPhrases.keyFacts.template(session.language), result.state.id)), false)
                reload(keeping: result.state.id)
            } catch {
                message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
            }
        }
    }

    /// The chief's bulk approval: one opinion, each tagged case still checked by the engine on
    /// its own, each failure reported.
    func approveAll(_ ids: [String], opinion: String) {
        var done = 0
        var failures: [String] = []
        for id in ids {
            do {
                let state = try session.store.cases.load(id)
                guard let engine = engine(for: state),
                      let approval = engine.available(state, for: session.actor, on: session.today).first(where: { $0.isEnabled && $0.action.approval && $0.action.verdict == .positive })
                else {
                    failures.append(DeskPhrases.bulkFailure(id, DeskPhrases.bulkNoApproval()).text(session.language))
                    continue
                }
                _ = try session.store.cases.act(id, CaseCommand(action: approval.action.code, opinion: opinion.nilIfEmpty), expectedRevision: state.revision, by: session.actor)
                done += 1
                tagged.remove(id)
            } catch {
                failures.append(DeskPhrases.bulkFailure(id, ErrorReport.lines(error, session.language).joined(separator: "；")).text(session.language))
            }
        }
        let summary = DeskPhrases.bulkResult(done, failures.count).text(session.language)
        message = (([summary] + failures).joined(separator: "　"), !failures.isEmpty)
        reload(keeping: selectedState?.id)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }

}
