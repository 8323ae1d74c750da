import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 28: 责令改正 is not a penalty. A case whose only measure is correction ends with
/// a 责令限期改正通知书 setting a period, never a 行政处罚决定书; the 拒不整改 level follows only
/// from that period having run out without correction.
@Suite struct CorrectionOrderTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    static let facts: [String: FactValue] = [
        "matter": .text("负责人变更未办理变更登记"), "changed-on": .date(CivilDate(year: 2026, month: 1, day: 5)!),
        "act-date": .date(CivilDate(year: 2026, month: 1, day: 5)!),
    ]
    static let materials = ["filing-form": 1, "inquiry-record": 1, "evidence": 1, "certificate": 1]

    func p06(_ level: String, _ kinds: [PenaltyKind], caseID: String = "CF-6") -> PenaltyDecision {
        PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-006", caseID: caseID, level: level, sanctions: kinds.map { Sanction(kind: $0) })])
    }

    func investigating(_ id: String = "CF-6") throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-006", procedure: "penalty-ordinary", party: try EngineHarness.organization(),
                               by: EngineHarness.handler, materials: Self.materials, facts: Self.facts)
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        return state
    }

    func proposed(_ penalty: PenaltyDecision, id: String = "CF-6") throws -> CaseState {
        var state = try investigating(id)
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "未办理负责人变更登记", participants: ["u-handler2"], penalty: penalty),
                  by: EngineHarness.handler)
        return state
    }

    @Test func correctionAloneIsNotTakenTowardsAPenaltyDecision() throws {
        let state = try proposed(p06("minor", [.orderCorrection]))
        #expect(state.step == "review")
        #expect(h.refusal(state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief) == ["law.measuresAreNoPenalty"])
        #expect(h.enabled(state, for: EngineHarness.chief).contains("order-correction"))
        #expect(!h.enabled(state, for: EngineHarness.chief).contains("review-approve"))
    }

    @Test func theCorrectionOrderEndsTheDecisionAndSetsThePeriod() throws {
        var state = try proposed(p06("minor", [.orderCorrection]))
        let transition = try h.act(&state, ActionRequest(action: "order-correction", opinion: "三十日内办理负责人变更登记", penalty: p06("minor", [.orderCorrection])),
                                   by: EngineHarness.chief)
        #expect(state.step == "correcting")
        #expect(transition.effects.contains(.produceDocument("correction-order")))
        #expect(!transition.effects.contains(.produceDocument("penalty-decision")))
        #expect(state.clock.stoppedOn != nil, "the order ends the 90 days of Art. 60")
        // The period: 30 days from Monday 2026-03-02 end on Wednesday 04-01.
        let period = h.engine.deadlines(state, calendar: Fixtures.calendar, today: CivilDate(iso: "2026-03-03")!).first { $0.kind == .step }
        #expect(period?.status.due == CivilDate(iso: "2026-04-01"))
    }

    @Test func aPenaltyCannotBeOrderedAsACorrection() throws {
        // Gains recorded make confiscation required: a penalty, so legal review and a decision.
        var facts = Self.facts
        facts["illegal-gains"] = .money(.yuan(2_000))
        var state = try h.open("CF-6G", item: "320600-CF-006", procedure: "penalty-ordinary", party: try EngineHarness.organization(),
                               by: EngineHarness.handler, materials: Self.materials, facts: facts)
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-006", caseID: "CF-6G", level: "minor", sanctions: [
            Sanction(kind: .orderCorrection), Sanction(kind: .confiscateGains, amount: .yuan(2_000)),
        ])])
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "有违法所得", participants: ["u-handler2"], penalty: penalty), by: EngineHarness.handler)
        #expect(h.refusal(state, ActionRequest(action: "order-correction", opinion: "改正", penalty: penalty), by: EngineHarness.chief)
            == ["law.notMeasuresOnly"])
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        #expect(state.step == "legal-review")
    }

    @Test func theRefusalLevelFollowsOnlyFromThePeriodRunOut() throws {
        // Straight to 拒不整改 without an order: refused, naming Art. 28.
        let investigating = try investigating("CF-6R")
        let refusal = p06("refusal", [.orderCorrection], caseID: "CF-6R")  // 吊销 is the 登记管理机关's (Art. 65): never the bureau's proposal
        #expect(h.refusal(investigating, ActionRequest(action: "finish-investigation", opinion: "拒不整改", participants: ["u-handler2"], penalty: refusal),
                          by: EngineHarness.handler) == ["law.levelNeedsCorrectionRunOut"])

        var state = try proposed(p06("minor", [.orderCorrection]))
        try h.act(&state, ActionRequest(action: "order-correction", opinion: "三十日内改正", penalty: p06("minor", [.orderCorrection])), by: EngineHarness.chief)
        let review = ActionRequest(action: "not-corrected", opinion: "逾期仍未办理变更登记", participants: ["u-handler2"])
        // Still inside the period (due 2026-04-01): refused.
        #expect(h.refusal(state, review, by: EngineHarness.handler, at: Fixtures.morning("2026-04-01")) == ["engine.periodNotElapsed"])
        try h.act(&state, review, by: EngineHarness.handler, at: Fixtures.morning("2026-04-02"))
        #expect(state.step == "investigation")
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "逾期拒不改正", participants: ["u-handler2"], penalty: p06("refusal", [.orderCorrection])),
                  by: EngineHarness.handler, at: Fixtures.morning("2026-04-03"))
        #expect(state.proposal?.violations.first?.level == "refusal")
    }

    @Test func correctedInTimeTheCaseCloses() throws {
        var state = try proposed(p06("minor", [.orderCorrection]))
        try h.act(&state, ActionRequest(action: "order-correction", opinion: "三十日内改正", penalty: p06("minor", [.orderCorrection])), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "corrected", opinion: "已办理变更登记", participants: ["u-handler2"]), by: EngineHarness.handler,
                  at: Fixtures.morning("2026-03-20"))
        #expect(state.step == "closing")
    }

    @Test func aLevelNamingAnUnknownActionIsRefusedByTheValidator() {
        let sources = Fixtures.shippedSources(replacing: "320600-CF-006.yaml") { $0.replacingOccurrences(of: "after-action: not-corrected", with: "after-action: not-correctd") }
        let compiled = DefinitionCompiler.compile(sources)
        #expect(compiled.errors.contains { $0.message.key == "law.levelUnknownAction" }, "\(compiled.errors)")
    }
}
