import Foundation
import Testing
@testable import Workflow

/// 送达: the 事先告知书 and the 处罚决定书 have a service record (method, date, recipient), and the
/// periods "from receipt" run from its date: 陈述申辩 five working days (行政处罚法 Art. 64, 85),
/// payment fifteen days (Art. 67).
@Suite struct ServiceRecordTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A CF-019 case (a 1000-yuan fine, no hearing right) notified on Monday 2026-03-02.
    func notified(_ id: String) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: Self.penalty(id)), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        return state
    }

    static func penalty(_ id: String) -> PenaltyDecision {
        PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: id, level: "minor",
                                                     sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(1_000))])])
    }

    static func at(_ days: Int) -> Date { EngineHarness.monday + Double(days) * 86_400 }

    @Test func theStatementPeriodRunsFromTheRecordedServiceDate() throws {
        var state = try notified("CF-S1")
        // Without a service record the period has not begun, however long ago the notice was made.
        #expect(h.refusal(state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: Self.at(30)) == ["lawService.serviceNotRecorded"])
        // Posted on Monday, received Thursday 5 March: five working days run to Thursday 12 March.
        try h.act(&state, EngineHarness.service("record-service", on: "2026-03-05", method: "邮寄送达"), by: EngineHarness.handler, at: Self.at(4))
        #expect(state.step == "statement" && state.history.last?.inputs?["service-method"] == "邮寄送达")
        #expect(h.refusal(state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: Self.at(10)) == ["engine.periodNotElapsed"])
        let deadline = try #require(h.engine.deadlines(state, calendar: Fixtures.calendar, today: CivilDate(year: 2026, month: 3, day: 6)!).first { $0.kind == .step })
        #expect(deadline.status.due == CivilDate(year: 2026, month: 3, day: 12))
        try h.act(&state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: Self.at(11))
        #expect(state.step == "decision")
    }

    @Test func aServiceRecordIsCompleteAndPossible() throws {
        let state = try notified("CF-S2")
        #expect(h.refusal(state, ActionRequest(action: "record-service"), by: EngineHarness.handler).sorted()
            == ["lawService.inputMissing", "lawService.inputMissing", "lawService.inputMissing"])
        #expect(h.refusal(state, EngineHarness.service("record-service", on: "2026-03-02", method: "托人带交"), by: EngineHarness.handler) == ["lawService.inputBadChoice"])
        // Not in the future, not before the notice was made.
        #expect(h.refusal(state, EngineHarness.service("record-service", on: "2026-03-03"), by: EngineHarness.handler) == ["lawService.servedInFuture"])
        #expect(h.refusal(state, EngineHarness.service("record-service", on: "2026-03-01"), by: EngineHarness.handler) == ["lawService.servedBeforeDocument"])
    }

    @Test func thePaymentPeriodRunsFromTheDecisionsService() throws {
        var state = try notified("CF-S3")
        try h.act(&state, EngineHarness.service("record-service", on: "2026-03-02"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: Self.at(8))
        try h.act(&state, ActionRequest(action: "decide-penalty", opinion: "决定", penalty: Self.penalty("CF-S3")), by: EngineHarness.leader, at: Self.at(9))
        #expect(h.refusal(state, ActionRequest(action: "serve"), by: EngineHarness.clerk, at: Self.at(10)).count == 3)
        // Served on Friday 13 March: fifteen days run to Saturday 28 March, moved to Monday 30 March.
        try h.act(&state, EngineHarness.service("serve", on: "2026-03-13", method: "留置送达"), by: EngineHarness.clerk, at: Self.at(11))
        let deadline = try #require(h.engine.deadlines(state, calendar: Fixtures.calendar, today: CivilDate(year: 2026, month: 3, day: 16)!).first { $0.kind == .step })
        #expect(deadline.status.due == CivilDate(year: 2026, month: 3, day: 30) && deadline.status.movedFrom == CivilDate(year: 2026, month: 3, day: 28))
    }
}
