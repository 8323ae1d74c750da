import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 63: a hearing is offered only where the penalty the party was told of meets one
/// of its grounds; the thresholds of 较大数额 are the procedure's parameters.
@Suite struct HearingRightTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A CF-019 case against a person, gains undetermined, taken to the statement period with
    /// `sanctions` notified.
    func notified(_ sanctions: [Sanction], id: String) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: id, level: "minor", sanctions: sanctions)])
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: penalty), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        return state
    }

    let hearing = EngineHarness.hearingRequest(on: "2026-03-20")

    @Test func aSmallFineGivesNoHearing() throws {
        let state = try notified([.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(1_000))], id: "CF-H1")
        #expect(h.refusal(state, hearing, by: EngineHarness.handler) == ["law.noHearingRight"])
        #expect(!h.enabled(state, for: EngineHarness.handler).contains("request-hearing"))
    }

    @Test func aFineAtTheThresholdGivesAHearing() throws {
        let threshold = try #require(h.engine.definitions.procedures["penalty-ordinary"]?.parameters[HearingRight.finePersonParameter])
        var state = try notified([.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(threshold))], id: "CF-H2")
        try h.act(&state, hearing, by: EngineHarness.handler)
        #expect(state.step == "hearing")
        let below = try notified([.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(threshold - 1))], id: "CF-H3")
        #expect(h.refusal(below, hearing, by: EngineHarness.handler) == ["law.noHearingRight"])
    }

    @Test func theGroundsNameTheirItemOfArticle63() throws {
        let right = try #require(HearingRight(parameters: ["hearing-fine-person-yuan": 5_000, "hearing-fine-organization-yuan": 50_000, "hearing-confiscation-yuan": 50_000]))
        func grounds(_ sanctions: [Sanction], _ party: PartyKind = .organization) -> [String] {
            right.grounds(PenaltyDecision(violations: [ViolationPenalty(itemCode: "x", caseID: "c", level: "l", sanctions: sanctions)]), party: party).map(\.key)
        }
        #expect(grounds([.init(kind: .warning)]) == [])
        #expect(grounds([.init(kind: .fine, amount: .yuan(49_999))]) == [])
        #expect(grounds([.init(kind: .fine, amount: .yuan(49_999))], .person) == ["law.hearingGroundFine"])
        #expect(grounds([.init(kind: .confiscateGains, amount: .yuan(50_000))]) == ["law.hearingGroundGains"])
        #expect(grounds([.init(kind: .revoke)]) == ["law.hearingGroundRevoke"])
        #expect(grounds([.init(kind: .suspendActivities)]) == ["law.hearingGroundSuspend"])
        #expect(grounds([.init(kind: .confiscateProperty, property: [ConfiscatedItem(name: "功德箱", quantity: "1", unit: "个")])]) == ["law.hearingGroundProperty"])
    }

    @Test func aProcedureOfferingHearingsMustSetTheThresholds() {
        let sources = Fixtures.shippedSources(replacing: "penalty-ordinary.yaml") { $0.replacingOccurrences(of: "  hearing-confiscation-yuan: 50000\n", with: "") }
        let compiled = DefinitionCompiler.compile(sources)
        #expect(compiled.errors.contains { $0.message.text(.en).contains("hearing-confiscation-yuan") }, "\(compiled.errors)")
    }
}
