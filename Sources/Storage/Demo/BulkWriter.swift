import Foundation
import GRDB
import Workflow

/// Case operations run many to a transaction, for loading a demo or training database with
/// hundreds of thousands of cases (benchmarks of the queue and of `audit verify`). Each operation
/// is the same as through `CaseStore` (engine, events, documents, audit chain); only the commit
/// is shared. Refused on a production database, where every operation is its own transaction.
public final class BulkWriter {
    let store: PowerDeskStore
    let db: Database
    let calendar: WorkCalendar

    init(store: PowerDeskStore, db: Database, calendar: WorkCalendar) {
        self.store = store
        self.db = db
        self.calendar = calendar
    }

    public func open(_ draft: CaseDraft, by actor: Actor, at: Date) throws -> CaseState {
        try store.caseService.open(draft, by: actor, request: nil, at: EventCoding.truncate(at), calendar: calendar, db).state
    }

    public func act(_ caseID: String, _ command: CaseCommand, by actor: Actor, at: Date) throws -> CaseState {
        try store.caseService.change(caseID, expectedRevision: nil, request: nil, at: EventCoding.truncate(at), calendar: calendar, db) { engine, state, at, _ in
            engine.perform(ActionRequest(action: command.action, opinion: command.opinion, reason: command.reason, participants: command.participants,
                                         penalty: command.penalty), on: state, by: actor, at: at)
        }.state
    }

    public func addMaterials(_ caseID: String, _ materials: [String: Int], by actor: Actor, at: Date) throws -> CaseState {
        try store.caseService.change(caseID, expectedRevision: nil, request: nil, at: EventCoding.truncate(at), calendar: calendar, db) { engine, state, at, _ in
            engine.addMaterials(materials, to: state, by: actor, at: at)
        }.state
    }
}
