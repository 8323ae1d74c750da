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

    /// The first case (in rowid order) whose stored state or columns do not match its events.
    static func firstMismatch(_ reader: any DatabaseReader, definitions: DefinitionRepository) throws -> String? {
        let (first, last) = try reader.read { db in
            (try Int64.fetchOne(db, sql: "SELECT MIN(rowid) FROM \"case\"") ?? 0, try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM \"case\"") ?? -1)
        }
        guard last >= first else { return nil }
        let span = last - first + 1
        let workers = Int(max(1, min(Int64(min(ProcessInfo.processInfo.activeProcessorCount, 8)), span / casesPerWorker)))
        let ranges: [ClosedRange<Int64>] = (0..<workers).map { index in
            (first + span * Int64(index) / Int64(workers))...(first + span * Int64(index + 1) / Int64(workers) - 1)
        }
        let results = Mutex(Array(repeating: Result<String?, Error>.success(nil), count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { index in
            let outcome = Result { try reader.read { try check(ranges[index], definitions: definitions, $0) } }
            results.withLock { $0[index] = outcome }
        }
        for result in results.withLock({ $0 }) {
            if let caseID = try result.get() { return caseID }
        }
        return nil
    }

    static func check(_ range: ClosedRange<Int64>, definitions: DefinitionRepository, _ db: Database) throws -> String? {
        let cases = try Row.fetchCursor(db, sql: """
            SELECT id, flow_version, state, item_code, procedure_code, party_name, party_id_number, subject, step, status, revision, flag_count
            FROM "case" WHERE rowid BETWEEN ? AND ? ORDER BY rowid
            """, arguments: [range.lowerBound, range.upperBound])
        let eventsOfCase = try db.makeStatement(sql: "SELECT body FROM case_event WHERE case_id = ? ORDER BY seq")
        var engines: [Int64: CaseEngine] = [:]
        let decoder = EventCoding.decoder()
        while let row = try cases.next() {
            guard let caseID = try? row.decode(String.self, forColumn: "id") else { return "?" }
            guard let version = try? row.decode(Int64.self, forColumn: "flow_version") else { return caseID }
            let engine: CaseEngine
            if let known = engines[version] {
                engine = known
            } else {
                engine = CaseEngine(definitions: try definitions.set(version: version, db))
                engines[version] = engine
            }
            let events = try String.fetchAll(eventsOfCase, arguments: [caseID]).map { try decoder.decode(CaseEvent.self, from: Data($0.utf8)) }
            guard let replayed = engine.replay(events), let stored = try? EventCoding.state(row), replayed == stored,
                  matches(row, replayed), !datedBeforeOpening(events)
            else { return caseID }
        }
        return nil
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
