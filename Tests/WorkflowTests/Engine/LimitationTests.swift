import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 36: an act not discovered within two years (five where citizens' life, health or
/// financial safety was harmed) is no longer penalised. Reckoned from the item's act-dating fact to
/// the case's registration, and checked where the case is filed (立案) or decided on the spot.
@Suite struct LimitationTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A P19 case opened on Monday 2026-03-02, the act on `act`, harm recorded or not.
    func p19(_ act: CivilDate?, harm: Bool = false, procedure: String = "penalty-ordinary") throws -> CaseState {
        var facts: [String: FactValue] = ["place": .text("某小区会所")]
        if let act { facts["activity-date"] = .date(act) }
        if harm { facts["harm"] = .text("参加者因拥挤踩踏受伤") }
        return try h.open("CF-L", item: "320600-CF-019", procedure: procedure, party: try EngineHarness.person(), by: EngineHarness.handler,
                          materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1], facts: facts)
    }

    let file = ActionRequest(action: "file", opinion: "同意立案")

    @Test func twoYearsAfterTheActTheCaseIsNotFiled() throws {
        // The period runs from the day after the act and ends on the same date two years on.
        let late = try p19(CivilDate(year: 2024, month: 3, day: 1))
        #expect(h.refusal(late, file, by: EngineHarness.chief) == ["engine.limitationExpired"])
        let listed = h.engine.available(late, for: EngineHarness.chief).first { $0.action.code == "file" }
        #expect(listed?.isEnabled == false)
        let reason = try #require(listed?.disabledReasons.first?.text(.zh))
        #expect(reason.contains("第36条") && reason.contains("2024-03-01") && reason.contains("2026-03-01"), "\(reason)")
        var inTime = try p19(CivilDate(year: 2024, month: 3, day: 2))
        try h.act(&inTime, file, by: EngineHarness.chief)
        #expect(inTime.step == "investigation")
    }

    @Test func harmToLifeHealthOrFinancialSafetyGivesFiveYears() throws {
        var harmed = try p19(CivilDate(year: 2024, month: 3, day: 1), harm: true)
        try h.act(&harmed, file, by: EngineHarness.chief)
        let tooLate = try p19(CivilDate(year: 2021, month: 3, day: 1), harm: true)
        #expect(h.refusal(tooLate, file, by: EngineHarness.chief) == ["engine.limitationExpired"])
    }

    @Test func theActDateIsNeededToFile() throws {
        let undated = try p19(nil)
        #expect(h.refusal(undated, file, by: EngineHarness.chief) == ["engine.limitationFactMissing"])
    }

    @Test func theOnTheSpotDecisionIsHeldToTheSameLimit() throws {
        let late = try p19(CivilDate(year: 2023, month: 12, day: 1), procedure: "penalty-simplified")
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-L", level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(100))])])
        #expect(h.refusal(late, ActionRequest(action: "decide-on-site", opinion: "当场", participants: ["u-handler2"], penalty: penalty), by: EngineHarness.handler) == ["engine.limitationExpired"])
    }

    @Test func aLeapDayEndsOnTheLastDayOfFebruary() throws {
        let period = try #require(LimitationPeriod(parameters: ["limitation-years": 2, "limitation-years-harm": 5]))
        let leap = try #require(CivilDate(year: 2024, month: 2, day: 29))
        #expect(period.lastDay(actOn: leap, harm: false) == CivilDate(year: 2026, month: 2, day: 28))
        #expect(period.lastDay(actOn: leap, harm: true) == CivilDate(year: 2029, month: 2, day: 28))
        #expect(LimitationPeriod(parameters: ["limitation-years": 2]) == nil)
    }

    @Test func everyPenaltyItemNamesARequiredActDate() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items where item.kind == .penalty {
            let rule = try #require(item.limitation, "\(item.code) has no limitation")
            let field = try #require(item.fact(rule.from), "\(item.code): \(rule.from)")
            #expect(field.type == .date && field.required, "\(item.code): \(rule.from) is a required date")
            #expect(rule.harm.flatMap { item.fact($0) } != nil, "\(item.code) records harm")
        }
        for procedure in ["penalty-ordinary", "penalty-simplified"] {
            let definition = try #require(set.procedures[procedure])
            #expect(LimitationPeriod(parameters: definition.parameters).map { [$0.years, $0.harmYears] } == [2, 5], "\(procedure)")
        }
    }

    @Test func theValidatorAsksForTheLimitation() throws {
        let missing = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") { $0.replacingOccurrences(of: "limitation: {from: activity-date, harm: harm}", with: "") }
        #expect(DefinitionCompiler.compile(missing).errors.map(\.message.key) == ["definition.limitationRequired"])
        let optional = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") { $0.replacingOccurrences(of: "from: activity-date", with: "from: place") }
        #expect(DefinitionCompiler.compile(optional).errors.map(\.message.key) == ["definition.limitationFactNotRequiredDate"])
        let unknown = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") { $0.replacingOccurrences(of: "harm: harm}", with: "harm: injury}") }
        #expect(DefinitionCompiler.compile(unknown).errors.map(\.message.key) == ["definition.limitationFactUnknown"])
        let noYears = Fixtures.shippedSources(replacing: "penalty-ordinary.yaml") { $0.replacingOccurrences(of: "  limitation-years-harm: 5", with: "") }
        #expect(DefinitionCompiler.compile(noYears).errors.map(\.message.key) == ["definition.missingParameter"])
    }
}
