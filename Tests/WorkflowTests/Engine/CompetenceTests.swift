import Foundation
import Testing
@testable import Workflow

/// Competence (条例 Arts. 65, 72 ②, 73): measures the article gives to the registration authority,
/// the body that approved the venue or the religious body are not decided by this bureau. A proposal
/// or decision naming one is refused, naming the article; the flow proposes it to that body as its
/// own action with a 处理建议书, the measure chosen from the article's own, definite terms.
@Suite struct CompetenceTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    static let proposal = ["referred-measure": "责令撤换直接负责的主管人员", "addressee": "南通市崇川区民族宗教事务局"]

    func p06(_ level: String, _ kinds: [PenaltyKind], caseID: String = "CF-6") -> PenaltyDecision {
        PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-006", caseID: caseID, level: level, sanctions: kinds.map { Sanction(kind: $0) })])
    }

    func investigating(_ id: String = "CF-6") throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-006", procedure: "penalty-ordinary", party: try EngineHarness.organization(),
                               by: EngineHarness.handler, materials: CorrectionOrderTests.materials, facts: CorrectionOrderTests.facts)
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        return state
    }

    func finish(_ penalty: PenaltyDecision) -> ActionRequest {
        ActionRequest(action: "finish-investigation", opinion: "一年内再次未办理变更登记", participants: ["u-handler2"], penalty: penalty)
    }

    @Test(arguments: [PenaltyKind.replaceOfficer, .suspendActivities, .revoke])
    func theRegistrationAuthoritysMeasuresAreNeverTheBureausProposal(kind: PenaltyKind) throws {
        let state = try investigating()
        let refused = h.refusal(state, finish(p06("heavier", [.orderCorrection, kind])), by: EngineHarness.handler)
        #expect(refused.contains("law3.otherAuthority"), "\(refused)")
        // The refusal names the article and the body whose measure it is.
        if case let .failure(rejection) = h.engine.perform(finish(p06("heavier", [.orderCorrection, kind])), on: state, by: EngineHarness.handler, at: EngineHarness.monday) {
            let text = rejection.reasons.map { $0.text(.zh) }.joined()
            #expect(text.contains("第65条") && text.contains("登记管理机关或者批准设立机关"), "\(text)")
        }
    }

    @Test func theMeasureIsProposedToTheAuthorityWithItsOwnDocument() throws {
        var state = try investigating()
        try h.act(&state, finish(p06("heavier", [.orderCorrection])), by: EngineHarness.handler)
        #expect(state.step == "review")
        #expect(h.enabled(state, for: EngineHarness.chief).contains("propose-to-authority"))
        let transition = try h.act(&state, ActionRequest(action: "propose-to-authority", opinion: "一年内两次未按规定办理变更登记", inputs: Self.proposal),
                                   by: EngineHarness.chief)
        #expect(state.step == "review", "the proposal does not decide the case")
        #expect(transition.effects.contains(.produceDocument("authority-proposal")))
        #expect(state.history.last?.inputs?["referred-measure"] == "责令撤换直接负责的主管人员")
        // The bureau's own measure is still ordered.
        try h.act(&state, ActionRequest(action: "order-correction", opinion: "三十日内办理变更登记", penalty: p06("heavier", [.orderCorrection])), by: EngineHarness.chief)
        #expect(state.step == "correcting")
    }

    @Test func aMeasureTheArticleDoesNotGiveIsRefusedAndAlternativesAreSeparateTerms() throws {
        var state = try investigating()
        try h.act(&state, finish(p06("heavier", [.orderCorrection])), by: EngineHarness.handler)
        // Art. 72 ②'s revocation is not Art. 65's; "吊销登记证书或设立许可" is no choice at all.
        var wrong = Self.proposal
        wrong["referred-measure"] = "吊销该宗教活动场所的登记证书"
        #expect(h.refusal(state, ActionRequest(action: "propose-to-authority", opinion: "理由", inputs: wrong), by: EngineHarness.chief)
            == ["law3.referralMeasureNotGiven"])
        wrong["referred-measure"] = "吊销登记证书或设立许可"
        #expect(h.refusal(state, ActionRequest(action: "propose-to-authority", opinion: "理由", inputs: wrong), by: EngineHarness.chief)
            == ["lawService.inputBadChoice"])
        #expect(CaseEngine.referralTerms(try #require(h.engine.definitions.item("320600-CF-006")))
            == ["责令撤换直接负责的主管人员", "责令停止日常活动、改组管理组织、限期整改", "吊销登记证书", "吊销设立许可"])
    }

    @Test func refusingToCorrectEndsWithAProposalToRevoke() throws {
        var state = try investigating()
        try h.act(&state, finish(p06("minor", [.orderCorrection])), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "order-correction", opinion: "三十日内改正", penalty: p06("minor", [.orderCorrection])), by: EngineHarness.chief)
        var inputs = Self.proposal
        inputs["referred-measure"] = "吊销登记证书"
        let request = ActionRequest(action: "refer-not-corrected", opinion: "逾期仍未办理变更登记", participants: ["u-handler2"], inputs: inputs)
        // Inside the period (due 2026-04-01): refused.
        #expect(h.refusal(state, request, by: EngineHarness.handler, at: Fixtures.morning("2026-04-01")) == ["engine.periodNotElapsed"])
        let transition = try h.act(&state, request, by: EngineHarness.handler, at: Fixtures.morning("2026-04-02"))
        #expect(state.step == "closing")
        #expect(transition.effects.contains(.produceDocument("authority-proposal")))
    }

    @Test func article73sRecommendationIsItsOwnDocumentNotPartOfTheDecision() throws {
        let item = try #require(h.engine.definitions.item("320600-CF-027"))
        #expect(CaseEngine.referralTerms(item) == ["暂停其主持教务活动", "取消其宗教教职人员身份"])
        let decision = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-027", caseID: "CF-27", level: "serious", sanctions: [
            Sanction(kind: .warning), Sanction(kind: .recommendDismissal),
        ])])
        let reasons = h.engine.competenceReasons(decision).map(\.key)
        #expect(reasons == ["law3.otherAuthority"])
        #expect(h.engine.competenceReasons(p06("heavier", [.orderCorrection])).isEmpty)
    }

    @Test func theArticlesOwnTermsNameTheMeasures() throws {
        let benchmark = try #require(h.engine.definitions.item("320600-CF-024")?.discretion)
        #expect(benchmark.statutory(.orderStop)?.term == "责令停止施工")
        #expect(benchmark.statutory(.demolish)?.term == "限期拆除")
        #expect(h.engine.definitions.item("320600-CF-006")?.discretion?.statutory(.replaceOfficer)?.term == "责令撤换直接负责的主管人员")
        // No measure of another authority remains in any level's bands.
        for item in h.engine.definitions.items where item.discretion != nil {
            let benchmark = try #require(item.discretion)
            for level in benchmark.levels {
                for band in level.bands {
                    #expect(benchmark.statutory(band.kind)?.authority == nil, "\(item.code) \(level.code) \(band.kind)")
                }
            }
        }
    }

    @Test func theValidatorRefusesAnAuthoritysMeasureInALevel() {
        let sources = Fixtures.shippedSources(replacing: "320600-CF-006.yaml") {
            $0.replacingOccurrences(of: "        - {penalty: order-correction}\n        - {penalty: confiscate-gains}\n        - {penalty: confiscate-property}\n    - code: serious",
                                    with: "        - {penalty: order-correction}\n        - {penalty: replace-officer}\n        - {penalty: confiscate-gains}\n        - {penalty: confiscate-property}\n    - code: serious")
        }
        let compiled = DefinitionCompiler.compile(sources)
        #expect(compiled.errors.contains { $0.message.key == "law3.authorityInBand" }, "\(compiled.errors)")
    }
}
