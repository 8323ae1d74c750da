import Foundation
import Testing
@testable import Workflow

/// 民法典 Art. 203 applied to administrative periods: a period whose last day is a rest day ends on
/// the next working day. The rule is the bureau's deadline policy (bureau.yaml `rest-day`), named
/// with its article; the engine's deadlines carry the moved day and the day it moved from.
@Suite struct RestDayTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso) ?? CivilDate(year: 1, month: 1, day: 1)! }

    var rule: RestDayRule? { h.engine.definitions.bureau.deadlinePolicy.restDay }

    func deadline(_ kind: CaseDeadline.Kind, _ state: CaseState, today: String) -> CaseDeadline? {
        h.engine.deadlines(state, calendar: Fixtures.calendar, today: d(today)).first { $0.kind == kind }
    }

    func filedPenalty(on iso: String) throws -> CaseState {
        var state = try h.open("CF-R", item: "320600-CF-005", procedure: "penalty-ordinary", party: try EngineHarness.organization(),
                               by: EngineHarness.handler, materials: PenaltyFlowTests.p05Materials, facts: PenaltyFlowTests.p05Facts,
                               at: Fixtures.morning(iso))
        try h.act(&state, ActionRequest(action: "file", opinion: "立案"), by: EngineHarness.chief, at: Fixtures.morning(iso))
        return state
    }

    @Test func theShippedPolicyMovesAndNamesArticle203() throws {
        let rule = try #require(rule)
        #expect(rule.movesToNextWorkday)
        #expect(rule.basis.contains("民法典") && rule.basis.contains("第二百零三条"), "\(rule.basis)")
    }

    @Test func ninetyDaysEndingOnASundayEndOnTheMonday() throws {
        // Filed 2026-03-16: the 90th day (Art. 60) is 2026-06-14, a Sunday.
        let state = try filedPenalty(on: "2026-03-16")
        let statutory = try #require(deadline(.statutory, state, today: "2026-03-17"))
        #expect(statutory.status.due == d("2026-06-15"))
        #expect(statutory.status.movedFrom == d("2026-06-14"))
        // On the Sunday itself the case is not late: the period has not ended.
        #expect(deadline(.statutory, state, today: "2026-06-14")?.status.level != .red)
        #expect(deadline(.statutory, state, today: "2026-06-16")?.status.level == .red)
    }

    @Test func aLastDayInAHolidayBlockMovesPastTheWholeBlock() throws {
        // Accepted 2026-02-10: the promise of 10 days ends 2026-02-20, inside the Spring Festival
        // (02-15 to 02-23 off); the first working day after is 02-24. The 15-day limit ends on a
        // working Wednesday and stays.
        var state = try h.open("XK-R", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(),
                               by: EngineHarness.clerk, materials: EngineHarness.licenceMaterials, facts: EngineHarness.licenceFacts,
                               at: Fixtures.morning("2026-02-10"))
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk, at: Fixtures.morning("2026-02-10"))
        let promised = try #require(deadline(.promised, state, today: "2026-02-11"))
        #expect(promised.status.due == d("2026-02-24"))
        #expect(promised.status.movedFrom == d("2026-02-20"))
        let statutory = try #require(deadline(.statutory, state, today: "2026-02-11"))
        #expect(statutory.status.due == d("2026-02-25"))
        #expect(statutory.status.movedFrom == nil)
    }

    @Test func aWeekendMadeAWorkingDayIsNotARestDay() throws {
        // 2026-02-28 is a Saturday worked after the Spring Festival: a period ending there stays.
        let due = Fixtures.calendar.due(from: d("2026-02-13"), adding: 15, unit: .day)
        #expect(due.date == d("2026-02-28"))
        #expect(Fixtures.calendar.moved(due, by: rule).date == d("2026-02-28"))
        #expect(Fixtures.calendar.moved(due, by: rule).movedFrom == nil)
        // The National Day block: 2026-10-01 to 10-07 off, so 10-01 moves to 10-08.
        let national = Fixtures.calendar.moved(DueDate(date: d("2026-10-01")), by: rule)
        #expect(national.date == d("2026-10-08") && national.movedFrom == d("2026-10-01"))
    }

    @Test func withoutTheRuleOrWithItOffTheLastDayStays() {
        let sunday = DueDate(date: d("2026-06-14"))
        #expect(Fixtures.calendar.moved(sunday, by: nil) == sunday)
        #expect(Fixtures.calendar.moved(sunday, by: RestDayRule(movesToNextWorkday: false, basis: "x")) == sunday)
    }

    @Test func aLastDayInAYearWithoutAScheduleIsProvisional() throws {
        // Filed 2026-12-21: the 90th day is 2027-03-21, a Sunday; 2027's holidays are not loaded,
        // so the Monday is only a guess and says so.
        let state = try filedPenalty(on: "2026-12-21")
        let statutory = try #require(deadline(.statutory, state, today: "2026-12-22"))
        #expect(statutory.status.due == d("2027-03-22"))
        #expect(statutory.status.movedFrom == d("2027-03-21"))
        #expect(statutory.status.unscheduledYears == [2027])
    }

    @Test func theRuleIsReadFromTheBureauFileAndRefusedWithoutItsBasis() {
        let sources = Fixtures.shippedSources(replacing: "bureau.yaml") { text in
            text.replacingOccurrences(of: "    basis: 《中华人民共和国民法典》第二百零三条\n", with: "")
        }
        let compiled = DefinitionCompiler.compile(sources)
        #expect(compiled.set?.bureau.deadlinePolicy.restDay == nil)
        #expect(compiled.errors.contains { $0.location.file.hasSuffix("bureau.yaml") && $0.message.text(.en).contains("basis") }, "\(compiled.errors)")
    }
}
