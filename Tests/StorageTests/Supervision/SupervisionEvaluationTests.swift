import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The quarterly evaluation (R25) against the cases themselves, its evidence, who may compute
/// it, and the promise that a closed quarter recomputes the same whatever happens afterwards.
@Suite struct SupervisionEvaluationTests {
    static let q1 = BoardPeriod(.quarter, containing: CivilDate(year: 2026, month: 1, day: 1)!)

    static func formula() throws -> EvaluationFormula {
        let url = StoreFixture.root.appendingPathComponent("Resources/evaluation/evaluation.yaml")
        let parsed = EvaluationFormulaParser.parse(SourceFile(path: "evaluation.yaml", text: try String(contentsOf: url, encoding: .utf8)))
        return try #require(parsed.formula, "\(parsed.diagnostics)")
    }

    @Test(arguments: ["clerk", "handler", "chief", "legal", "admin"])
    func onlySupervisionAndTheLeadershipMayEvaluate(_ user: String) throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let actor = try #require(try store.users.actor(user))
        #expect(throws: StorageError.self) { try store.supervision.evaluate(Self.q1, formula: try Self.formula(), for: actor) }
    }

    @Test func theCountsAreTheCasesConcludedInTheQuarter() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let leader = try #require(try store.users.actor("leader"))
        let monitor = try #require(try store.users.actor("monitor"))
        // Outcomes recorded the way the complaint and review records store them.
        let closedIDs = try store.database.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\"") }.filter { id in
            let state = try store.cases.load(id)
            guard state.isClosed, let day = state.clock.stoppedOn ?? state.history.last?.on else { return false }
            return day >= Self.q1.from && day <= Self.q1.through
        }
        #expect(!closedIDs.isEmpty)
        let someCase = try #require(closedIDs.first)
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO complaint (id, kind, channel, anonymous, subject, body, section, received_on, received_at, status, accept_due, upheld, concluded_on, registered_by)
                VALUES ('TS2026000001', 'complaint', 'phone', 1, '办理拖延', '……', NULL, '2026-02-02', 0, 'concluded', '2026-02-17', 1, '2026-03-02', 'monitor'),
                       ('TS2026000002', 'complaint', 'phone', 1, '态度', '……', NULL, '2026-02-02', 0, 'concluded', '2026-02-17', 0, '2026-03-02', 'monitor');
                INSERT INTO complaint_link (complaint_id, case_id) VALUES ('TS2026000001', ?), ('TS2026000002', ?);
                INSERT INTO remedy_outcome (case_id, kind, outcome, decided_on, recorded_by, recorded_at, note)
                VALUES (?, 'review', 'changed', '2026-03-10', 'monitor', 0, ''), (?, 'litigation', 'upheld', '2026-03-11', 'monitor', 0, ''),
                       (?, 'review', 'revoked', '2026-04-10', 'monitor', 0, '');
                """, arguments: [someCase, someCase, someCase, someCase, someCase])
        }
        let evaluation = try store.supervision.evaluate(Self.q1, formula: try Self.formula(), for: leader)
        let total = evaluation.total
        #expect(total.counts.concluded == closedIDs.count)
        #expect(total.counts.complaintsUpheld == 1)
        #expect(total.counts.decisionsChanged == 1)
        #expect(total.evidence[.complaintsUpheld] == ["TS2026000001"])
        #expect(total.evidence[.decisionsChanged] == ["\(someCase)(review)"])
        // The sections add up to the bureau, and so do the powers.
        #expect(evaluation.bySection.reduce(EvaluationCounts()) { $0 + $1.counts } == total.counts)
        #expect(evaluation.byItem.reduce(0) { $0 + $1.counts.concluded } == total.counts.concluded)
        // Every power held is a row, and 40 powers are held.
        #expect(evaluation.byItem.count == 40)
        #expect(total.counts.powersHeld == 40)
        // Abnormal operations are the events' marks in the quarter, each named by case and event.
        let marks = try store.database.read {
            try String.fetchAll($0, sql: "SELECT case_id || '#' || seq FROM supervision_mark WHERE kind = 'abnormal' AND day BETWEEN '2026-01-01' AND '2026-03-31'")
        }
        #expect(total.counts.abnormal == marks.count)
        #expect(Set(total.evidence[.abnormalOperations] ?? []) == Set(marks))
        // The late cases are the evidence of the on-time rate, and the score follows the formula.
        let late = try store.database.read {
            try String.fetchAll($0, sql: "SELECT case_id FROM supervision_case WHERE closed_on BETWEEN '2026-01-01' AND '2026-03-31' AND late > 0")
        }
        #expect(Set(total.evidence[.onTimeRate] ?? []) == Set(late))
        #expect(total.counts.onTime == total.counts.concludedWithLimit - late.count)
        #expect(total.score == (try Self.formula()).score(total.counts))
        #expect(try store.supervision.evaluate(Self.q1, formula: try Self.formula(), for: monitor) == evaluation)
    }

    /// Cases opened, acted on and closed in the next quarter, and the ledger rebuilt from the
    /// events: the first quarter's evaluation does not move, while the second's does.
    @Test func aClosedQuarterRecomputesTheSame() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let formula = try Self.formula()
        let before = try store.supervision.evaluate(Self.q1, formula: formula, for: monitor)
        let q2 = Self.q1.shifted(by: 1)
        let q2Before = try store.supervision.evaluate(q2, formula: formula, for: monitor)
        let factsBefore = try store.database.read { try Row.fetchAll($0, sql: "SELECT * FROM supervision_case ORDER BY case_id") }

        var instant = DemoSeeder.now.addingTimeInterval(40 * 86_400)   // 2026-04-25
        let users = try ["clerk", "handler", "handler2", "chief", "legal", "leader"].compactMap { try store.users.actor($0) }
        for _ in 0..<6 {
            instant = try StoreFixture.actOnOpenCases(store, users: users, from: instant).addingTimeInterval(5 * 86_400)
        }
        _ = try store.caseService.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: nil, at: instant)
        let factsAfter = try store.database.read { try Row.fetchAll($0, sql: "SELECT * FROM supervision_case ORDER BY case_id") }
        #expect(factsAfter != factsBefore, "nothing happened in the second quarter")

        let after = try store.supervision.evaluate(Self.q1, formula: formula, for: monitor)
        #expect(after == before)
        let q2After = try store.supervision.evaluate(q2, formula: formula, for: monitor)
        #expect(q2After.total.counts != q2Before.total.counts)

        // The summaries recomputed from the events give the same quarter again.
        try store.database.write { db in try SupervisionLedger.rebuild(db) }
        #expect(try store.supervision.evaluate(Self.q1, formula: formula, for: monitor) == before)
    }
}
