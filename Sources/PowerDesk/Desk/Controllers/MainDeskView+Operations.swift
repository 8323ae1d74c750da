import Documents
import Foundation
import Localization
import Storage
import Workflow

/// The operations dialogs ask for, performed in one place: each is one call into Storage (one
/// transaction, audited there), its success said on the message line, the queue read again, and
/// the dialog stack changed by the outcome returned. A thrown error is reported by `apply`.
extension MainDeskView {
    func run(_ operation: DeskOperation) throws -> DialogOutcome {
        let store = session.store
        switch operation {
        case let .act(form):
            // Refused if the case changed since it was read ("已被他人处理，请刷新"); the form
            // stays with what was typed, and names the old revision, so sending again is refused again.
            let command = CaseCommand(action: form.action.code, opinion: form.value(.opinion).nilIfEmpty, reason: form.value(.reason).nilIfEmpty,
                                      participants: form.participants, penalty: form.penalty, merge: form.mergeWith, inputs: form.inputs)
            let result = try store.cases.act(form.state.id, command, expectedRevision: form.state.revision, by: session.actor)
            message = (session.text(DeskPhrases.done(form.action.name, result.state.id)), false)
            detailOffset = 0
            reload(keeping: result.state.id)
            return .close
        case .listMergeCandidates(var form, let definitions):
            // The cases the party's register holds, open and not yet merged anywhere; whether
            // each may be merged is still the engine's to say when the form is sent.
            let ids = try PartyRegister.record(form.state.party.identity.value, in: store.database)?.cases.map(\.id) ?? []
            form.mergeCandidates = try ids.filter { $0 != form.state.id }.map { try store.cases.load($0) }
                .filter { !$0.isClosed && $0.absorbedInto == nil && $0.merged.isEmpty && $0.decision == nil }
            return .replace(ActionFormDialog(form: form, definitions: definitions))
        case let .openCase(draft):
            let result = try store.cases.open(draft, by: session.actor)
            message = (session.text(DeskPhrases.registered(result.state.id, result.state.subject)), false)
            tab = .todo
            reload(keeping: result.state.id)
            // What the engine allows next: acceptance when the materials are complete, otherwise
            // a correction notice or a refusal with everything missing.
            guard let engine = engine(for: result.state) else { return .close }
            let items = engine.available(result.state, for: session.actor, on: session.today)
            return .replace(ActionsDialog(state: result.state, items: items, definitions: engine.definitions,
                                          officers: engine.fellowOfficers(of: session.actor, on: session.today)))
        case var .lookUpParty(model):
            guard case let .success(number)? = model.identity else { return .stay }
            let record = try PartyRegister.record(number.value, in: store.database)
            model.registered = record.flatMap { record in
                record.names.last.map { (number.value, $0.name, record.cases.prefix(3).map(\.id)) }
            }
            return .replace(NewCaseDialog(model: model))
        case let .recordFacts(caseID, facts, revision):
            let result = try store.cases.recordFacts(caseID, facts, expectedRevision: revision, by: session.actor)
            message = (session.text(DeskPhrases.done(DeskPhrases.keyFacts.template(session.language), result.state.id)), false)
            reload(keeping: result.state.id)
            return .close
        case let .addMaterials(caseID, received, revision):
            let result = try store.cases.addMaterials(caseID, received, expectedRevision: revision, by: session.actor)
            message = (session.text(DeskPhrases.done(DeskPhrases.keyMaterials.template(session.language), result.state.id)), false)
            reload(keeping: result.state.id)
            return .close
        case let .approveAll(ids, opinion):
            approveAll(ids, opinion: opinion)
            return .close
        case let .search(text):
            search = text
            tab = search.isEmpty ? .todo : .search
            top = 0
            selected = 0
            reload()
            return .close
        case let .confirmDraft(version):
            try store.definitions.confirm(version, by: session.actor)
            message = (session.text(DeskPhrases.confirmed(version)), false)
            return .closeAll
        case let .editEntry(entry):
            switch entry {
            case let .item(item):
                guard let source = try activeSource(for: item) else { return .stay }
                return try edit(.item(item), text: source.text)
            case let .schedule(year, text):
                return try edit(.schedule(year: year), text: text)
            case let .template(path, _):
                guard let source = try activeSource(path: path) else { return .stay }
                return try edit(.template(path: path), text: source.text)
            case .draft:
                return .stay
            }
        case let .edit(target, text):
            return try edit(target, text: text)
        case let .proposeDraft(sources, note, lawDate):
            let version = try store.definitions.proposeDraft(sources, note: note, lawChangedOn: lawDate, by: session.actor)
            message = (session.text(DeskPhrases.proposed(version)), false)
            return .close
        case let .createUser(id, name, section, posts, password):
            try store.users.create(id: id, name: name, section: section, posts: posts, password: password, by: session.actor)
            message = (session.text(DeskPhrases.userCreated(id)), false)
            // The form closes onto the list, read again.
            _ = dialogs.popLast()
            return .replace(UsersDialog(list: try store.users.all()))
        case var .print(model):
            guard let document = model.current else { return .stay }
            show(try printer.print(document, by: session.actor))
            model.documents = try store.documents.documents(model.caseID)
            return .replace(DocumentsDialog(model: model))
        case let .printArchive(caseID):
            show(try printer.printArchive(caseID, by: session.actor))
            return .stay
        case var .beginCorrection(model):
            guard let document = model.current else { return .stay }
            if session.isReadOnly { return .refuse(DeskPhrases.readOnly()) }
            // Said before the reason is typed, not after.
            if let refusal = try store.documents.correctionRefusal(document.id, by: session.actor) { return .refuse(refusal) }
            let address = (try? store.cases.load(model.caseID).party.address) ?? ""
            model.mode = .correction(reason: TextField(), address: TextField(address), onAddress: false)
            return .replace(DocumentsDialog(model: model))
        case .correct(var model, let reason, let address):
            guard let document = model.current else { return .stay }
            let correction = try store.documents.correct(document.id, reason: reason, partyAddress: address, by: session.actor)
            message = (session.text(DeskPhrases.corrected(correction.label, document.label)), false)
            model.documents = try store.documents.documents(model.caseID)
            model.selected = model.documents.firstIndex { $0.id == correction.id } ?? model.selected
            model.mode = .list
            reload(keeping: selectedState?.id)
            return .replace(DocumentsDialog(model: model))
        case let .viewFile(dialog): return try viewFile(dialog)
        case let .exportFile(file): return try exportFile(file)
        case let .sendFile(file): return try sendFile(file)
        case let .completePath(dialog): return completePath(dialog)
        case let .attachFile(caseID, path, entry, evidence): return try attachFile(caseID: caseID, path: path, entry: entry, evidence: evidence)
        case let .supervision(operation): return try runSupervision(operation)
        case let .transcript(operation): return try runTranscript(operation)
        }
    }

    /// A print's outcome (where the file went, or why it failed, and any characters the font
    /// could not draw) on the message line.
    func show(_ outcome: DocumentPrinter.Outcome) {
        message = (outcome.lines(session.language).joined(separator: "；"), !outcome.succeeded || outcome.warning != nil)
    }

    /// The approval this user may give the case now (which action approves is the definition's),
    /// or nil: the one rule for marking a case and for approving it in bulk.
    func bulkApproval(for state: CaseState) -> AvailableAction? {
        guard let engine = engine(for: state) else { return nil }
        return engine.available(state, for: session.actor, on: session.today)
            .first { $0.isEnabled && $0.action.isPositiveApproval }
    }

    /// The chief's bulk approval: one opinion, each tagged case still checked by the engine on
    /// its own (which action is the approval is the definition's), each failure reported.
    func approveAll(_ ids: [String], opinion: String) {
        var done = 0
        var failures: [String] = []
        for id in ids {
            do {
                let state = try session.store.cases.load(id)
                guard let approval = bulkApproval(for: state) else {
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
