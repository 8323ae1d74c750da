import Foundation
import GRDB
import Localization
import Workflow

/// Every case operation as one transaction: read the case with its flow version, run the engine,
/// write the events, the case's new state and the audit records together. A second desk acting
/// on a case that changed meanwhile is refused with "已被他人处理，请刷新"; a repeated request id
/// is answered without applying anything twice.
public final class CaseService: CaseStore {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository
    let states = StateCache()

    init(database: PowerDeskDatabase, definitions: DefinitionRepository) {
        self.database = database
        self.definitions = definitions
    }

    // MARK: Operations

    public func open(_ draft: CaseDraft, by actor: Actor, requestID: String?) throws -> CaseResult {
        try open(draft, by: actor, requestID: requestID, at: database.clock.now())
    }

    func open(_ draft: CaseDraft, by actor: Actor, requestID: String?, at instant: Date) throws -> CaseResult {
        let at = EventCoding.truncate(instant)
        let calendar = try definitions.calendar()
        let request = try ClientRequest(requestID, by: actor, asking: ClientRequest.opening(draft))
        let result = try database.write { db in
            try open(draft, by: actor, request: request, at: at, calendar: calendar, db)
        }
        states.remember(result.state)
        return result
    }

    /// Opening inside a transaction the caller holds (bulk loading for benchmarks uses one
    /// transaction for many cases).
    func open(_ draft: CaseDraft, by actor: Actor, request: ClientRequest?, at: Date, calendar: WorkCalendar, _ db: Database) throws -> CaseResult {
        do {
            if let repeated = try repeatedResult(request, db) { return repeated }
            let version = try definitions.activeVersion(db)
            let set = try definitions.set(version: version, db)
            guard let item = set.item(draft.itemCode) else { throw Rejection([EnginePhrases.unknownItem(draft.itemCode)]) }
            let procedure = draft.procedureCode ?? item.procedures.first ?? ""
            let caseID = try nextSerial(for: item, at: at, db)
            let opening = CaseOpening(
                caseID: caseID, itemCode: item.code, procedureCode: procedure, flowVersion: Int(version), party: draft.party,
                subject: draft.subject, materials: draft.materials, facts: draft.facts
            )
            let engine = CaseEngine(definitions: set, calendar: calendar)
            let transition = try engine.open(opening, by: actor, at: at).get()
            try PartyRegister.register(draft.party, caseID: caseID, reason: draft.partyRenameReason, actorID: actor.userID, at: at, db)
            try persist(transition, previousRevision: 0, section: item.section, actorID: actor.userID, engine: engine, calendar: calendar, at: at, db)
            try remember(request, caseID: caseID, revision: transition.state.revision, at: at, db)
            return CaseResult(state: transition.state, effects: transition.effects, repeated: false)
        }
    }

    public func act(_ caseID: String, _ command: CaseCommand, expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult {
        try act(caseID, command, expectedRevision: expectedRevision, by: actor, requestID: requestID, at: database.clock.now())
    }

    func act(_ caseID: String, _ command: CaseCommand, expectedRevision: Int?, by actor: Actor, requestID: String?, at instant: Date) throws -> CaseResult {
        let request = try ClientRequest(requestID, by: actor, asking: ClientRequest.acting(caseID, command, revision: expectedRevision))
        return try change(caseID, expectedRevision: expectedRevision, request: request, at: instant) { engine, state, at, db in
            // Fellow officers are people with accounts: a typed name that is nobody cannot make
            // up the two officers the law asks for.
            let unknown = try command.participants.filter { id in
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM user WHERE id = ? AND active = 1"), arguments: [id]) != true
            }
            if !unknown.isEmpty {
                throw Rejection(unknown.map { StoragePhrases.unknownOfficer($0) })
            }
            try ActionInputUsers.check(command, engine: engine, state: state, db)
            let others = try command.merge.map { try loadState($0, db) }
            let request = ActionRequest(action: command.action, opinion: command.opinion, reason: command.reason,
                                        participants: command.participants, penalty: command.penalty, mergeWith: others, inputs: command.inputs)
            return engine.perform(request, on: state, by: actor, at: at)
        }
    }

    public func addMaterials(_ caseID: String, _ materials: [String: Int], expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult {
        let request = try ClientRequest(requestID, by: actor, asking: .init(op: "materials", caseID: caseID, expectedRevision: expectedRevision, materials: materials))
        return try change(caseID, expectedRevision: expectedRevision, request: request, at: database.clock.now()) { engine, state, at, _ in
            engine.addMaterials(materials, to: state, by: actor, at: at)
        }
    }

    public func recordFacts(_ caseID: String, _ facts: [String: FactValue], expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult {
        let request = try ClientRequest(requestID, by: actor, asking: .init(op: "facts", caseID: caseID, expectedRevision: expectedRevision, facts: facts))
        return try change(caseID, expectedRevision: expectedRevision, request: request, at: database.clock.now()) { engine, state, at, _ in
            engine.recordFacts(facts, on: state, by: actor, at: at)
        }
    }

    private func change(
        _ caseID: String, expectedRevision: Int?, request: ClientRequest?, at instant: Date,
        _ operation: (CaseEngine, CaseState, Date, Database) throws -> Result<Transition, Rejection>
    ) throws -> CaseResult {
        let at = EventCoding.truncate(instant)
        let calendar = try definitions.calendar()
        do {
            let result = try database.write { db in
                try change(caseID, expectedRevision: expectedRevision, request: request, at: at, calendar: calendar, db, operation)
            }
            states.remember(result.state)
            return result
        } catch {
            // A merge changes other cases too; whatever failed, nothing half-known stays cached.
            states.forget(caseID)
            throw error
        }
    }

    /// The same inside a transaction the caller holds (a correction that also puts the party's
    /// address right).
    func change(
        _ caseID: String, expectedRevision: Int?, request: ClientRequest?, at: Date, calendar: WorkCalendar, _ db: Database,
        _ operation: (CaseEngine, CaseState, Date, Database) throws -> Result<Transition, Rejection>
    ) throws -> CaseResult {
        if let repeated = try repeatedResult(request, db) { return repeated }
        try ArchiveGuard.refuseArchived(caseID, db)
        let state = try loadState(caseID, db)
        if let expectedRevision, expectedRevision != state.revision { throw StorageError(StoragePhrases.conflict()) }
        let set = try definitions.set(version: Int64(state.flowVersion), db)
        let engine = CaseEngine(definitions: set, calendar: calendar)
        let transition = try operation(engine, state, at, db).get()
        let section = set.item(state.itemCode)?.section ?? ""
        let actor = transition.events.first.map { Self.userID(of: $0) } ?? ""
        try persist(transition, previousRevision: state.revision, section: section, actorID: actor, engine: engine, calendar: calendar, at: at, db)
        try remember(request, caseID: caseID, revision: transition.state.revision, at: at, db)
        return CaseResult(state: transition.state, effects: transition.effects, repeated: false)
    }

    public func amendParty(_ caseID: String, address: String, contact: String, reason: String, expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult {
        let request = try ClientRequest(requestID, by: actor, asking: .init(op: "party", caseID: caseID, expectedRevision: expectedRevision, reason: reason,
                                                                             address: address, contact: contact))
        return try change(caseID, expectedRevision: expectedRevision, request: request, at: database.clock.now()) { engine, state, at, _ in
            engine.amendParty(address: address, contact: contact, reason: reason, on: state, by: actor, at: at)
        }
    }

    // MARK: Reading

    public func load(_ caseID: String) throws -> CaseState {
        try database.read { try loadState(caseID, $0) }
    }

    public func events(_ caseID: String) throws -> [CaseEvent] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM case_event WHERE case_id = ? ORDER BY seq", arguments: [caseID])
                .map { try EventCoding.value(CaseEvent.self, from: $0) }
        }
    }

    public func count() throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \"case\"") ?? 0 }
    }

    /// The engine a case runs on: its own flow version's definitions.
    public func engine(for state: CaseState) throws -> CaseEngine {
        CaseEngine(definitions: try definitions.set(version: Int64(state.flowVersion)), calendar: try definitions.calendar())
    }

    /// The case's state as of `db`'s transaction: from the cache when the row's revision says it
    /// is still current, else decoded from the row.
    func loadState(_ caseID: String, _ db: Database) throws -> CaseState {
        guard let revision = try Int.fetchOne(db.cachedStatement(sql: "SELECT revision FROM \"case\" WHERE id = ?"), arguments: [caseID]) else {
            throw StorageError(StoragePhrases.unknownCase(caseID))
        }
        if let cached = states.state(caseID, revision: revision) { return cached }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT state FROM \"case\" WHERE id = ?"), arguments: [caseID]) else {
            throw StorageError(StoragePhrases.unknownCase(caseID))
        }
        return try EventCoding.state(row)
    }

    // MARK: Writing

    private func persist(
        _ transition: Transition, previousRevision: Int, section: String, actorID: String, engine: CaseEngine, calendar: WorkCalendar,
        at: Date, _ db: Database
    ) throws {
        let snapshot = CaseSnapshot(transition.state, engine: engine, calendar: calendar, at: at)
        try save(transition.state, section: section, warnOn: snapshot.warnOn, at: at, db)
        try append(transition.events, to: transition.state.id, after: previousRevision, at: at, db)
        try PublicRecorder.record(transition, snapshot, previousRevision: previousRevision, actorID: actorID, at: at, db)
        for case let .produceDocument(code) in transition.effects {
            let request = DocumentIssuer.Request(code: code, state: transition.state, action: transition.state.history.last,
                                                 eventSeq: Int64(transition.state.revision), actorID: actorID, at: at, calendar: calendar)
            try DocumentIssuer.issue(request, definitions: definitions, db)
        }
        for (otherID, events) in transition.sideEvents.sorted(by: { $0.key < $1.key }) {
            let other = try loadState(otherID, db)
            let updated = other.applying(events)
            try append(events, to: otherID, after: other.revision, at: at, db)
            let otherSection = try String.fetchOne(db, sql: "SELECT section FROM \"case\" WHERE id = ?", arguments: [otherID]) ?? section
            try save(updated, section: otherSection, warnOn: nil, at: at, db)
        }
        try SupervisionLedger.record(transition, snapshot, previousRevision: previousRevision, section: section, engine: engine, calendar: calendar,
                                     definitions: definitions, at: at, db)
        try Outbox.record(transition, snapshot, section: section, engine: engine, calendar: calendar, at: at, db)
    }

    private func append(_ events: [CaseEvent], to caseID: String, after revision: Int, at: Date, _ db: Database) throws {
        var seq = Int64(revision)
        for event in events {
            seq += 1
            let body = try EventCoding.text(event)
            let user = Self.userID(of: event)
            try db.cachedStatement(sql: "INSERT INTO case_event (case_id, seq, at, user_id, body) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [caseID, seq, at.timeIntervalSince1970, user, body])
            try AuditChain.append(kind: Self.auditKind(of: event), body: body, userID: user, caseID: caseID, eventSeq: seq, at: at, db)
        }
    }

    private func save(_ state: CaseState, section: String, warnOn: CivilDate?, at: Date, _ db: Database) throws {
        let (data, parts) = try EventCoding.stateData(state, reusing: states.parts(state.id))
        states.rememberParts(state.id, parts)
        try db.cachedStatement(sql: """
            INSERT INTO "case" (id, item_code, procedure_code, flow_version, section, party_name, party_id_number, subject, step, status, opened_at, updated_at, revision, state, warn_on, flag_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET step = excluded.step, status = excluded.status, updated_at = excluded.updated_at,
                revision = excluded.revision, state = excluded.state, warn_on = excluded.warn_on, flag_count = excluded.flag_count
            """).execute(arguments: [
                state.id, state.itemCode, state.procedureCode, state.flowVersion, section, state.party.name, state.party.identity.value,
                state.subject, state.step, state.status.rawValue, at.timeIntervalSince1970, at.timeIntervalSince1970, state.revision, data,
                warnOn?.description, state.flags.count,
            ])
    }

    /// The documents issued for a case, in order.
    public func documents(_ caseID: String) throws -> [IssuedDocument] {
        try database.read { try DocumentIssuer.fetch(caseID, $0) }
    }

    /// 办件流水号: the kind's letters, the year in Shanghai and a six-digit sequence per year,
    /// drawn inside the opening transaction so two desks never get the same number.
    private func nextSerial(for item: ItemDefinition, at: Date, _ db: Database) throws -> String {
        let letters = ["licence": "XK", "penalty": "CF", "enforcement": "QZ", "other": "QT"][item.kind.rawValue] ?? "QT"
        let prefix = "\(letters)\(CivilDate.inShanghai(at).year)"
        let next = try Int.fetchOne(db.cachedStatement(sql: "SELECT next FROM serial WHERE prefix = ?"), arguments: [prefix]) ?? 1
        try db.cachedStatement(sql: "INSERT INTO serial (prefix, next) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET next = excluded.next")
            .execute(arguments: [prefix, next + 1])
        let digits = String(next)
        return prefix + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The first result of a request this user sent before with the same content; a refusal when
    /// the same id came with something else.
    private func repeatedResult(_ request: ClientRequest?, _ db: Database) throws -> CaseResult? {
        guard let request,
              let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT case_id, digest FROM request WHERE user_id = ? AND id = ?"),
                                         arguments: [request.userID, request.id])
        else { return nil }
        let digest: String? = row["digest"]
        if let digest, digest != request.digest { throw StorageError(StoragePhrases.requestReused(request.id)) }
        return CaseResult(state: try loadState(row["case_id"], db), effects: [], repeated: true)
    }

    private func remember(_ request: ClientRequest?, caseID: String, revision: Int, at: Date, _ db: Database) throws {
        guard let request else { return }
        try db.cachedStatement(sql: "INSERT INTO request (user_id, id, digest, case_id, result, at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [request.userID, request.id, request.digest, caseID, "{\"case\":\"\(caseID)\",\"revision\":\(revision)}", at.timeIntervalSince1970])
    }

    static func userID(of event: CaseEvent) -> String {
        switch event {
        case let .opened(_, userID, _, _, _), let .materialsAdded(_, userID, _), let .factsRecorded(_, userID, _), let .absorbed(_, userID, _, _),
             let .partyAmended(_, _, _, userID, _):
            userID
        case let .acted(record):
            record.userID
        }
    }

    static func auditKind(of event: CaseEvent) -> String {
        switch event {
        case .opened: "case.opened"
        case .materialsAdded: "case.materials"
        case .factsRecorded: "case.facts"
        case let .acted(record): "case.action.\(record.action)"
        case .absorbed: "case.absorbed"
        case .partyAmended: "case.party"
        }
    }
}
