import Foundation
import GRDB
import Localization
import Synchronization
import Workflow

/// The stored state of every case is the fold of its events, and the columns the queues filter on
/// say what the events say (a case hidden from every queue by editing its step or status is as
/// tampered as a changed event); no action is dated before its case was opened. The cases are
/// split into ranges of rowid checked on several reader connections at once: replaying means
/// decoding every event, the bulk of `audit verify`'s time.
enum CaseReplayCheck {
    /// Below this many cases a second connection costs more than it saves.
    static let casesPerWorker: Int64 = 2_000

    /// What is wrong, first found: a case whose stored state or columns do not match its events,
    /// or a supervision summary (a case's facts, a mark, a tally cell) that does not.
    enum Mismatch: Equatable {
        case state(String)
        case ledger(String)
    }

    /// What one range of cases gave: the first mismatch in it, and the supervision marks and
    /// tallies its events make, to be compared with the stored tables once every range is done.
    struct Outcome {
        var mismatch: Mismatch?
        var tallies: [String: Int] = [:]
        var marks = Set<String>()
        var cases = 0

        mutating func merge(_ other: Outcome) {
            tallies.merge(other.tallies, uniquingKeysWith: +)
            marks.formUnion(other.marks)
            cases += other.cases
        }
    }

    /// The first mismatch, states before summaries. Each case's events are decoded and replayed
    /// once for both: the replay is the bulk of `audit verify`'s time.
    static func firstMismatch(_ reader: any DatabaseReader, definitions: DefinitionRepository) throws -> Mismatch? {
        let (first, last, calendar) = try reader.read { db in
            (try Int64.fetchOne(db, sql: "SELECT MIN(rowid) FROM \"case\"") ?? 0, try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM \"case\"") ?? -1,
             try SupervisionLedger.storedCalendar(db))
        }
        var outcome = Outcome()
        if last >= first {
            let span = last - first + 1
            let workers = Int(max(1, min(Int64(min(ProcessInfo.processInfo.activeProcessorCount, 8)), span / casesPerWorker)))
            let ranges: [ClosedRange<Int64>] = (0..<workers).map { index in
                (first + span * Int64(index) / Int64(workers))...(first + span * Int64(index + 1) / Int64(workers) - 1)
            }
            let results = Mutex(Array(repeating: Result<Outcome, Error>.success(Outcome()), count: workers))
            DispatchQueue.concurrentPerform(iterations: workers) { index in
                let result = Result { try reader.read { try check(ranges[index], definitions: definitions, calendar: calendar, $0) } }
                results.withLock { $0[index] = result }
            }
            let outcomes = try results.withLock { $0 }.map { try $0.get() }
            if let state = outcomes.lazy.compactMap(\.mismatch).first(where: { if case .state = $0 { true } else { false } }) { return state }
            if let ledger = outcomes.lazy.compactMap(\.mismatch).first { return ledger }
            for part in outcomes { outcome.merge(part) }
        }
        if let archived = try ArchiveVerifier.replay(reader, definitions: definitions, calendar: calendar, into: &outcome) { return archived }
        return try reader.read { db in
            try SupervisionLedger.storedMismatch(tallies: outcome.tallies, marks: outcome.marks, cases: outcome.cases, db).map(Mismatch.ledger)
        }
    }

    static func check(_ range: ClosedRange<Int64>, definitions: DefinitionRepository, calendar: WorkCalendar, _ db: Database) throws -> Outcome {
        let cases = try Row.fetchCursor(db, sql: """
            SELECT id, flow_version, state, item_code, procedure_code, party_name, party_id_number, subject, step, status, revision, flag_count, section
            FROM "case" WHERE rowid BETWEEN ? AND ? AND archived_in IS NULL ORDER BY rowid
            """, arguments: [range.lowerBound, range.upperBound])
        let eventsOfCase = try db.makeStatement(sql: "SELECT body FROM case_event WHERE case_id = ? ORDER BY seq")
        let storedFacts = try db.makeStatement(sql: "SELECT \(SupervisionCaseFacts.columns) FROM supervision_case WHERE case_id = ?")
        var engines: [Int64: CaseEngine] = [:]
        let decoder = EventCoding.decoder()
        var outcome = Outcome()
        while let row = try cases.next() {
            guard let caseID = try? row.decode(String.self, forColumn: "id") else { return Outcome(mismatch: .state("?")) }
            guard let version = try? row.decode(Int64.self, forColumn: "flow_version") else { return Outcome(mismatch: .state(caseID)) }
            let engine: CaseEngine
            if let known = engines[version] {
                engine = known
            } else {
                engine = CaseEngine(definitions: try definitions.set(version: version, db))
                engines[version] = engine
            }
            let events = try Data.fetchAll(eventsOfCase, arguments: [caseID]).map { try decoder.decode(CaseEvent.self, from: $0) }
            guard let replayed = engine.replay(events), EventCoding.stateMatches(row, replayed),
                  matches(row, replayed), !datedBeforeOpening(events)
            else { return Outcome(mismatch: .state(caseID)) }
            guard let section = try? row.decode(String.self, forColumn: "section") else { return Outcome(mismatch: .state(caseID)) }
            // The supervision summaries of the same replay (`SupervisionLedger`).
            outcome.cases += 1
            for mark in SupervisionLedger.marks(events, caseID: caseID, after: 0) {
                outcome.tallies[SupervisionLedger.tallyKey(mark, item: replayed.itemCode, section: section), default: 0] += 1
                outcome.marks.insert(SupervisionLedger.markKey(mark))
            }
            let facts = SupervisionCaseFacts.of(replayed, section: section, engine: engine, calendar: calendar, at: SupervisionLedger.lastInstant(events))
            if outcome.mismatch == nil, try Row.fetchOne(storedFacts, arguments: [caseID]).flatMap(SupervisionCaseFacts.init(row:)) != facts {
                outcome.mismatch = .ledger(caseID)
            }
        }
        return outcome
    }

    /// The queue columns against the replayed state; a column of the wrong type (as only the
    /// sqlite3 shell could write) does not match rather than stopping the check.
    static func matches(_ row: Row, _ state: CaseState) -> Bool {
        func text(_ column: String) -> String? { try? row.decode(String.self, forColumn: column) }
        func number(_ column: String) -> Int? { try? row.decode(Int.self, forColumn: column) }
        return text("item_code") == state.itemCode && text("procedure_code") == state.procedureCode
            && text("party_name") == state.party.name && text("party_id_number") == state.party.identity.value
            && text("subject") == state.subject && text("step") == state.step && text("status") == state.status.rawValue
            && number("revision") == state.revision && number("flag_count") == state.flags.count
    }

    /// An event dated before the case's opening: a clock set back, or a record moved in time.
    static func datedBeforeOpening(_ events: [CaseEvent]) -> Bool {
        guard case let .opened(_, _, opened, _, _)? = events.first else { return false }
        return events.contains { event in
            switch event {
            case .opened: false
            case let .materialsAdded(_, _, at), let .factsRecorded(_, _, at), let .partyAmended(_, _, _, _, at): at < opened
            case let .acted(record): record.at < opened
            case let .absorbed(_, _, at, _): at < opened
            }
        }
    }
}
