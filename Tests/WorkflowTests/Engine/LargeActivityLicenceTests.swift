import Foundation
import Testing
@testable import Workflow

/// 大型宗教活动 (条例 Art. 42) through the engine: the application comes 30 days before the activity
/// (checked at acceptance against the day received); the police are consulted, with a letter and
/// the reply recorded, before the chief's review; the approval is filed with the province before
/// the case ends; the regulation's 15 days have no 行政许可法 extension.
@Suite struct LargeActivityLicenceTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func open(activity iso: String, id: String = "XK-42") throws -> CaseState {
        var facts = EngineHarness.licenceFacts
        facts["activity-date"] = .date(try #require(CivilDate(iso: iso)))
        return try h.open(id, item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(), by: EngineHarness.clerk,
                          materials: EngineHarness.licenceMaterials, facts: facts)
    }

    @Test func anApplicationLessThanThirtyDaysAheadIsNotAccepted() throws {
        // Received Monday 2026-03-02: 03-31 is 29 days ahead, 04-01 is 30.
        let late = try open(activity: "2026-03-31")
        #expect(h.refusal(late, ActionRequest(action: "accept"), by: EngineHarness.clerk) == ["law3.applicationTooLate"])
        let accept = try #require(h.engine.available(late, for: EngineHarness.clerk).first { $0.action.code == "accept" })
        let reason = try #require(accept.disabledReasons.first).text(.zh)
        #expect(reason.contains("第42条") && reason.contains("30日") && reason.contains("2026-03-31"), "\(reason)")
        // Refusing to accept stays open to the clerk.
        #expect(h.enabled(late, for: EngineHarness.clerk).contains("refuse"))
        var inTime = try open(activity: "2026-04-01", id: "XK-43")
        try h.act(&inTime, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(inTime.step == "review")
    }

    @Test func thePoliceAreConsultedBeforeTheChiefReviews() throws {
        var state = try open(activity: "2026-05-24")
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        let proposal = try h.act(&state, ActionRequest(action: "propose-grant", opinion: "材料齐全"), by: EngineHarness.handler)
        #expect(state.step == "police")
        #expect(proposal.effects.contains(.produceDocument("police-letter")))
        #expect(h.refusal(state, ActionRequest(action: "chief-approve", opinion: "同意"), by: EngineHarness.chief).contains("engine.actionNotHere"))
        #expect(h.refusal(state, ActionRequest(action: "police-replied"), by: EngineHarness.handler) == ["engine.opinionRequired"])
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "南通市公安局复函：无不同意见"), by: EngineHarness.handler)
        #expect(state.step == "chief-review")
        #expect(state.clock.pauses.isEmpty, "the consultation is inside Art. 42's 15 days")
    }

    @Test func anApprovalIsFiledWithTheProvinceBeforeTheCaseEnds() throws {
        var state = try open(activity: "2026-05-24")
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "propose-grant", opinion: "材料齐全"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "无不同意见"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "chief-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "grant", opinion: "准予"), by: EngineHarness.leader)
        #expect(h.refusal(state, ActionRequest(action: "deliver"), by: EngineHarness.clerk) == ["law3.notFiledWithProvince"])
        #expect(h.refusal(state, ActionRequest(action: "file-with-province", inputs: ["filed-on": "2026-03-03"]), by: EngineHarness.clerk)
            == ["law3.recordedDateInFuture"])
        #expect(h.refusal(state, ActionRequest(action: "file-with-province"), by: EngineHarness.clerk) == ["lawService.inputMissing"])
        let filed = try h.act(&state, ActionRequest(action: "file-with-province", inputs: ["filed-on": "2026-03-02", "filing-number": "苏宗备〔2026〕3号"]),
                              by: EngineHarness.handler)
        #expect(filed.effects.contains(.produceDocument("provincial-filing")))
        #expect(state.step == "issue")
        try h.act(&state, ActionRequest(action: "deliver"), by: EngineHarness.clerk)
        #expect(state.step == "done")
    }

    @Test func theLeadRunsBackFromARequiredDateFactOrTheValidatorRefusesIt() {
        let sources = Fixtures.shippedSources(replacing: "320600-XK-001.yaml") { $0.replacingOccurrences(of: "before: activity-date", with: "before: place") }
        let compiled = DefinitionCompiler.compile(sources)
        #expect(compiled.errors.contains { $0.message.key == "law3.leadFactNotDate" }, "\(compiled.errors)")
        let unit = Fixtures.shippedSources(replacing: "320600-XK-001.yaml") { $0.replacingOccurrences(of: "limit: {days: 30, unit: day}", with: "limit: {days: 30, unit: workday}") }
        #expect(DefinitionCompiler.compile(unit).errors.isEmpty, "the unit is data")
    }

    @Test func theBasisCitesArticle42() throws {
        let item = try #require(h.engine.definitions.item("320600-XK-001"))
        let regulation = try #require(item.basis.first { $0.law == "宗教事务条例" })
        #expect(regulation.articles == ["第42条"])
        #expect(item.noExtension?.contains("第42条") == true)
        #expect(item.applicationLead == AdvanceApplicationRule(fact: "activity-date", limit: TimeLimit(days: 30, unit: .day), basis: "《宗教事务条例》第42条"))
    }
}
