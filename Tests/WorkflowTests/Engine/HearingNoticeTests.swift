import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 64: the hearing notice fixes date, time, place, publicity and host; the host is
/// not an investigator (recusal recorded); the notice is served seven working days before the date
/// it fixes (Art. 85), and the hearing is held on that date, not before.
@Suite struct HearingNoticeTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A CF-019 case against a person told of a 6000-yuan fine (a hearing right), investigated by
    /// 李承办 and 赵承办, at the statement period on Monday 2026-03-02.
    func notified(_ id: String) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: id, level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(6_000))])])
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: penalty), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        return state
    }

    @Test func theNoticeComesSevenWholeWorkingDaysBeforeTheDateItFixes() throws {
        let state = try notified("CF-N1")
        // Served Monday 2 March: the seven working days are 3–6 and 9–11 March; the 12th is the
        // earliest hearing date. The 11th is refused, naming Art. 64(二).
        #expect(h.refusal(state, EngineHarness.hearingRequest(on: "2026-03-11"), by: EngineHarness.handler) == ["lawService.hearingNoticeLate"])
        guard case let .failure(rejection) = h.engine.perform(EngineHarness.hearingRequest(on: "2026-03-11"), on: state, by: EngineHarness.handler, at: EngineHarness.monday) else {
            Issue.record("accepted")
            return
        }
        #expect(rejection.text(.zh).contains("第六十四条第（二）项") && rejection.text(.zh).contains("2026-03-12"), "\(rejection.text(.zh))")
        var accepted = state
        let done = try h.act(&accepted, EngineHarness.hearingRequest(on: "2026-03-12"), by: EngineHarness.handler)
        #expect(done.effects.contains(.produceDocument("hearing-notice")))
        #expect(accepted.history.last?.inputs?["hearing-time"] == "09:30", "times are normalised")
    }

    @Test func theServiceDateInTheNoticeCountsNotTheClick() throws {
        let state = try notified("CF-N2")
        // Recorded as served on Wednesday 4 March: the 12th is now too early, the 16th is lawful.
        #expect(h.refusal(state, EngineHarness.hearingRequest(on: "2026-03-12", servedOn: "2026-03-04"), by: EngineHarness.handler) == ["lawService.hearingNoticeLate"])
        var accepted = state
        try h.act(&accepted, EngineHarness.hearingRequest(on: "2026-03-16", servedOn: "2026-03-04"), by: EngineHarness.handler)
        #expect(HearingSchedule(history: accepted.history)?.servedOn == CivilDate(year: 2026, month: 3, day: 4))
        // Served before the notice was made is not a service date.
        #expect(h.refusal(state, EngineHarness.hearingRequest(on: "2026-03-16", servedOn: "2026-03-01"), by: EngineHarness.handler) == ["lawService.hearingServedBeforeNotice"])
    }

    @Test func theHostIsNotAnInvestigator() throws {
        let state = try notified("CF-N3")
        // 赵承办 took part in the investigation as the second officer.
        #expect(h.refusal(state, EngineHarness.hearingRequest(on: "2026-03-12", host: "u-handler2"), by: EngineHarness.handler) == ["lawService.inputRecused"])
        #expect(h.refusal(state, EngineHarness.hearingRequest(on: "2026-03-12", host: "u-handler"), by: EngineHarness.handler) == ["lawService.inputRecused"])
    }

    @Test func everyParticularIsRequiredAndOfItsType() throws {
        let state = try notified("CF-N4")
        #expect(h.refusal(state, ActionRequest(action: "request-hearing", opinion: "申请听证"), by: EngineHarness.handler)
            == Array(repeating: "lawService.inputMissing", count: 5))
        var bad = EngineHarness.hearingRequest(on: "2026-3-12")
        bad.inputs["hearing-time"] = "25:00"
        bad.inputs["hearing-public"] = "半公开"
        bad.inputs["hearing-room"] = "301"
        #expect(h.refusal(state, bad, by: EngineHarness.handler).sorted()
            == ["lawService.inputBadChoice", "lawService.inputBadDate", "lawService.inputBadTime", "lawService.inputUnknown"])
    }

    @Test func theHearingIsHeldOnTheNoticesDateAndARecusalIsRecorded() throws {
        var state = try notified("CF-N5")
        try h.act(&state, EngineHarness.hearingRequest(on: "2026-03-16"), by: EngineHarness.handler)
        let held = ActionRequest(action: "hearing-held", opinion: "当事人承认事实")
        // Seven working days have passed on the 12th, but the notice fixed the 16th.
        #expect(h.refusal(state, held, by: EngineHarness.handler, at: EngineHarness.monday + 10 * 86_400) == ["lawService.hearingDateNotReached"])
        // The party asks the host to stand down; granted, the new host is no investigator either.
        let recusal = ActionRequest(action: "recusal-granted", reason: "当事人称主持人与其有亲属关系，经核实属实", inputs: ["hearing-host": "u-handler2"])
        #expect(h.refusal(state, recusal, by: EngineHarness.handler, at: EngineHarness.monday + 7 * 86_400) == ["lawService.inputRecused"])
        var granted = recusal
        granted.inputs["hearing-host"] = "u-chief"
        try h.act(&state, granted, by: EngineHarness.handler, at: EngineHarness.monday + 7 * 86_400)
        #expect(h.refusal(state, ActionRequest(action: "recusal-refused"), by: EngineHarness.handler) == ["engine.reasonRequired"])
        let schedule = try #require(HearingSchedule(history: state.history))
        #expect(schedule.host == "u-chief" && schedule.date == CivilDate(year: 2026, month: 3, day: 16))
        try h.act(&state, held, by: EngineHarness.handler, at: EngineHarness.monday + 14 * 86_400)
        #expect(state.step == "hearing-review")
    }

    @Test func theValidatorWantsTheDateInputAndTheParameter() {
        let withoutParameter = Fixtures.shippedSources(replacing: "penalty-ordinary.yaml") { $0.replacingOccurrences(of: "  hearing-notice-workdays: 7\n", with: "") }
        #expect(DefinitionCompiler.compile(withoutParameter).errors.contains { $0.message.text(.en).contains("hearing-notice-workdays") })
        let withoutDate = Fixtures.shippedSources(replacing: "penalty-ordinary.yaml") {
            $0.replacingOccurrences(of: "          - {code: hearing-date, name: 听证日期, type: date, required: true}\n", with: "")
        }
        let keys = DefinitionCompiler.compile(withoutDate).errors.map(\.message.key)
        #expect(keys.contains("lawService.hearingGuardNeedsInput") && keys.contains("lawService.hearingDateNeverSet"), "\(keys)")
        let recusalWithoutBasis = Fixtures.shippedSources(replacing: "penalty-ordinary.yaml") {
            $0.replacingOccurrences(of: "            basis: 《中华人民共和国行政处罚法》第六十四条第（四）项\n", with: "")
        }
        #expect(DefinitionCompiler.compile(recusalWithoutBasis).errors.contains { $0.message.key == "lawService.inputRecuseNoBasis" })
    }
}
