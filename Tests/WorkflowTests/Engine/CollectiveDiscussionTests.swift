import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 57 ② and 58 ① (二): a case that went through a hearing is reviewed by 法制审核
/// again before the decision, and a 情节复杂或者重大 case (fine at or above the procedure's
/// `collective-fine-yuan`, revocation or suspension, a hearing held) is decided only after the
/// heads' collective discussion, its minutes recorded.
@Suite struct CollectiveDiscussionTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A CF-019 case against a person (gains undetermined) at the statement period with `fine`.
    func notified(_ fine: Int64, id: String) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: decision(fine, id: id)), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        try h.act(&state, EngineHarness.service("record-service", on: "2026-03-02"), by: EngineHarness.handler)
        return state
    }

    func decision(_ fine: Int64, id: String) -> PenaltyDecision {
        PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: id, level: "minor",
                                                     sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(fine))])])
    }

    @Test func aHeardCaseIsReviewedAgainAndDiscussedBeforeTheDecision() throws {
        var state = try notified(6_000, id: "CF-C1")
        try h.act(&state, EngineHarness.hearingRequest(on: "2026-03-12"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "hearing-held", opinion: "当事人承认事实"), by: EngineHarness.handler, at: EngineHarness.monday + 10 * 86_400)
        #expect(state.step == "hearing-review", "Art. 58(1)(二)")
        try h.act(&state, ActionRequest(action: "hearing-legal-pass", opinion: "听证程序合法"), by: EngineHarness.legal)
        #expect(state.step == "decision")
        let decide = ActionRequest(action: "decide-penalty", opinion: "决定", penalty: decision(6_000, id: "CF-C1"))
        // 6000 yuan is below the 10万 criterion, but the case was heard.
        #expect(h.refusal(state, decide, by: EngineHarness.leader) == ["law.collectiveRequired"])
        let discussed = try h.act(&state, ActionRequest(action: "collective-discussion", opinion: "集体讨论同意"), by: EngineHarness.leader)
        #expect(discussed.effects.contains(.produceDocument("collective-minutes")))
        try h.act(&state, decide, by: EngineHarness.leader)
        #expect(state.step == "service")
    }

    @Test func anOrdinaryCaseIsDecidedWithoutDiscussionAndALargeFineIsNot() throws {
        var small = try notified(1_000, id: "CF-C2")
        try h.act(&small, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: EngineHarness.monday + 8 * 86_400)
        try h.act(&small, ActionRequest(action: "decide-penalty", opinion: "决定", penalty: decision(1_000, id: "CF-C2")), by: EngineHarness.leader)
        #expect(small.step == "service")

        let threshold = try #require(h.engine.definitions.procedures["penalty-ordinary"]?.parameters[CollectiveDiscussionRule.fineParameter])
        let rule = try #require(CollectiveDiscussionRule(parameters: ["collective-fine-yuan": threshold]))
        #expect(rule.grounds(decision(threshold, id: "x"), history: []).map(\.key) == ["law.majorFine"])
        #expect(rule.grounds(decision(threshold - 1, id: "x"), history: []).isEmpty)
    }
}
