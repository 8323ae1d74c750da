import Foundation
import Testing
@testable import Workflow

/// The case clock against the real 2026 holiday schedule (R11): statutory and promised limits,
/// time that does not count, extensions, step limits and the warning levels.
@Suite struct DeadlineTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso) ?? CivilDate(year: 1, month: 1, day: 1)! }

    func acceptedLicence(on iso: String, harness: EngineHarness? = nil) throws -> CaseState {
        let h = harness ?? self.h
        var state = try h.open("XK-D", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(),
                               by: EngineHarness.clerk, materials: EngineHarness.licenceMaterials, facts: EngineHarness.licenceFacts,
                               at: Fixtures.morning(iso))
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk, at: Fixtures.morning(iso))
        return state
    }

    func deadline(_ kind: CaseDeadline.Kind, _ state: CaseState, today: String) -> CaseDeadline? {
        h.engine.deadlines(state, calendar: Fixtures.calendar, today: d(today)).first { $0.kind == kind }
    }

    @Test func theLegalFactsVectorHoldsOnTheCaseClock() {
        var clock = CaseClock()
        clock.apply(.start, on: d("2026-02-10"))
        let due = clock.due(TimeLimit(days: 20, unit: .workday), calendar: Fixtures.calendar, today: d("2026-02-10"))
        #expect(due?.date == d("2026-03-16"))
        #expect(due?.unscheduledYears == [])
    }

    @Test func statutoryAndPromisedLimitsCountFromTheDayAfterAcceptance() throws {
        let state = try acceptedLicence(on: "2026-02-10")
        // 15 calendar days and a promise of 10, whose last day (02-20) falls in the Spring Festival
        // and moves to the first working day after it (民法典 Art. 203).
        #expect(deadline(.statutory, state, today: "2026-02-11")?.status.due == d("2026-02-25"))
        #expect(deadline(.promised, state, today: "2026-02-11")?.status.due == d("2026-02-24"))
    }

    @Test func suspendedTimeDoesNotCount() throws {
        var state = try acceptedLicence(on: "2026-02-10")
        try h.act(&state, ActionRequest(action: "suspend", reason: "等待场地方回复"), by: EngineHarness.handler, at: Fixtures.morning("2026-02-12"))
        // While suspended the due date moves day by day.
        #expect(deadline(.statutory, state, today: "2026-02-13")?.status.due == d("2026-02-26"))
        try h.act(&state, ActionRequest(action: "resume"), by: EngineHarness.handler, at: Fixtures.morning("2026-02-16"))
        // 4 calendar days in (02-12, 02-16] are added to 02-25: Sunday 03-01, so Monday 03-02.
        #expect(deadline(.statutory, state, today: "2026-02-17")?.status.due == d("2026-03-02"))
    }

    @Test func anExtensionAddsTenWorkingDaysAfterTheStatutoryDay() throws {
        // 条例 Art. 42 excludes the extension for XK-001; the mechanism on its flow without that rule.
        let h = try EngineHarness.withoutNoExtension()
        var state = try acceptedLicence(on: "2026-02-10", harness: h)
        try h.act(&state, ActionRequest(action: "extend", reason: "需组织专家现场踏勘"), by: EngineHarness.leader, at: Fixtures.morning("2026-02-11"))
        // 2026-02-25 + 10 working days, 02-28 (Saturday) being a working day after the Spring Festival.
        #expect(deadline(.statutory, state, today: "2026-02-12")?.status.due == d("2026-03-10"))
    }

    @Test func levelsTurnYellowTheWorkingDayBeforeAndRedAfter() throws {
        let state = try acceptedLicence(on: "2026-03-02")
        // Statutory due 2026-03-17 (Tuesday); promised 2026-03-12 (Thursday).
        #expect(deadline(.statutory, state, today: "2026-03-13")?.status.level == .normal)
        #expect(deadline(.statutory, state, today: "2026-03-16")?.status.level == .yellow)
        #expect(deadline(.statutory, state, today: "2026-03-17")?.status.level == .yellow)
        #expect(deadline(.statutory, state, today: "2026-03-18")?.status.level == .red)
        #expect(h.engine.level(state, calendar: Fixtures.calendar, today: d("2026-03-13")) == .red, "the promise was already broken")
    }

    @Test func aFinishedCaseIsJudgedOnTheDayItsClockStopped() throws {
        var state = try acceptedLicence(on: "2026-03-02")
        try h.act(&state, ActionRequest(action: "propose-grant", opinion: "符合"), by: EngineHarness.handler, at: Fixtures.morning("2026-03-03"))
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "无不同意见"), by: EngineHarness.handler, at: Fixtures.morning("2026-03-03"))
        try h.act(&state, ActionRequest(action: "chief-approve", opinion: "同意"), by: EngineHarness.chief, at: Fixtures.morning("2026-03-04"))
        try h.act(&state, ActionRequest(action: "grant", opinion: "准予"), by: EngineHarness.leader, at: Fixtures.morning("2026-03-05"))
        let statutory = deadline(.statutory, state, today: "2026-06-30")
        #expect(statutory?.finishedOn == d("2026-03-05"))
        #expect(statutory?.status.level == .normal, "decided in time stays green months later")
    }

    @Test func theStepLimitRunsFromEnteringTheStep() throws {
        let state = try h.open("XK-S", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(),
                               by: EngineHarness.clerk, materials: [:], facts: [:], at: Fixtures.morning("2026-09-18"))
        // The window's 5 working days for the correction notice: 2026-09-18 + 5 = 2026-09-24.
        #expect(deadline(.step, state, today: "2026-09-18")?.status.due == d("2026-09-24"))
        #expect(deadline(.statutory, state, today: "2026-09-18") == nil, "not accepted, no statutory clock yet")
    }

    @Test func aDeadlineInAYearWithoutASchedulIsFlagged() throws {
        var state = try h.open("CF-Y", item: "320600-CF-005", procedure: "penalty-ordinary", party: try EngineHarness.organization(),
                               by: EngineHarness.handler, materials: PenaltyFlowTests.p05Materials, facts: PenaltyFlowTests.p05Facts,
                               at: Fixtures.morning("2026-12-21"))
        try h.act(&state, ActionRequest(action: "file", opinion: "立案"), by: EngineHarness.chief, at: Fixtures.morning("2026-12-21"))
        // 90 calendar days end on Sunday 2027-03-21; whether it rests, and the yellow-card count
        // in working days, need 2027's schedule.
        let statutory = try #require(deadline(.statutory, state, today: "2026-12-22"))
        #expect(statutory.status.due == d("2027-03-22"))
        #expect(statutory.status.unscheduledYears == [2027])
    }
}
