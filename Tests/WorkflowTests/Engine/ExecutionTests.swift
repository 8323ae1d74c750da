import Foundation
import Testing
@testable import Workflow

/// Execution of a fine: the payment recorded (amount, date, receipt) covers the fine and the
/// 加处罚款 of 3% a day after the last day, capped at the fine (行政处罚法 Arts. 67, 72); unpaid, the
/// party is reminded by a 催告书 (行政强制法 Art. 35), and the court is asked only after the 复议 and
/// 诉讼 periods and ten days after the reminder (Arts. 53, 54).
@Suite struct ExecutionTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    static func at(_ days: Int) -> Date { EngineHarness.monday + Double(days) * 86_400 }
    static func payment(_ yuan: String, on date: String, receipt: String = "苏财0012345") -> ActionRequest {
        ActionRequest(action: "executed", opinion: "罚款已缴纳", inputs: ["paid-amount": yuan, "paid-on": date, "payment-receipt": receipt])
    }

    /// A CF-019 case fined 1000 yuan, the decision served on Friday 13 March 2026: the fifteen days
    /// end on Saturday the 28th, moved to Monday 30 March.
    func served(_ id: String) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: ServiceRecordTests.penalty(id)), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        try h.act(&state, EngineHarness.service("record-service", on: "2026-03-02"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: Self.at(8))
        try h.act(&state, ActionRequest(action: "decide-penalty", opinion: "决定", penalty: ServiceRecordTests.penalty(id)), by: EngineHarness.leader, at: Self.at(9))
        try h.act(&state, EngineHarness.service("serve", on: "2026-03-13"), by: EngineHarness.clerk, at: Self.at(11))
        return state
    }

    @Test func theSurchargeIsThreePercentADayCappedAtTheFine() {
        let due = CivilDate(year: 2026, month: 3, day: 30)!
        #expect(PaymentRecord.surcharge(fine: .yuan(1_000), due: due, on: due, perMille: 30) == Money(fen: 0))
        #expect(PaymentRecord.surcharge(fine: .yuan(1_000), due: due, on: due.adding(days: 1), perMille: 30) == .yuan(30))
        #expect(PaymentRecord.surcharge(fine: .yuan(1_000), due: due, on: due.adding(days: 10), perMille: 30) == .yuan(300))
        #expect(PaymentRecord.surcharge(fine: .yuan(1_000), due: due, on: due.adding(days: 34), perMille: 30) == .yuan(1_000), "never above the fine")
        #expect(PaymentRecord.adding(months: 6, to: CivilDate(year: 2026, month: 8, day: 31)!) == CivilDate(year: 2027, month: 2, day: 28))
        #expect(PaymentRecord.adding(months: 6, to: CivilDate(year: 2026, month: 3, day: 13)!) == CivilDate(year: 2026, month: 9, day: 13))
    }

    @Test func aPaymentCoversTheFineAndTheSurchargeOfItsDay() throws {
        let state = try served("CF-E1")
        #expect(h.refusal(state, ActionRequest(action: "executed", opinion: "已缴"), by: EngineHarness.handler, at: Self.at(14)) == ["lawService.paymentNotRecorded"])
        #expect(h.refusal(state, Self.payment("1000", on: "2026-03-20"), by: EngineHarness.handler, at: Self.at(14)) == ["lawService.paidInFuture"])
        #expect(h.refusal(state, Self.payment("一千", on: "2026-03-16"), by: EngineHarness.handler, at: Self.at(14)) == ["lawService.inputBadMoney", "lawService.paymentNotRecorded"])
        var paid = state
        try h.act(&paid, Self.payment("1000", on: "2026-03-16"), by: EngineHarness.handler, at: Self.at(14))
        #expect(paid.step == "closing" && paid.history.last?.inputs?["paid-amount"] == "1000.00")
        // Paid on 1 April, two days late: 1000 + 2 × 30 owed; 1000 alone is refused naming Art. 72.
        let late = try served("CF-E2")
        guard case let .failure(rejection) = h.engine.perform(Self.payment("1000", on: "2026-04-01"), on: late, by: EngineHarness.handler, at: Self.at(31)) else {
            Issue.record("a short payment was accepted")
            return
        }
        #expect(rejection.reasons.map(\.key) == ["lawService.paymentShort"])
        #expect(rejection.text(.zh).contains("1060元") && rejection.text(.zh).contains("第七十二条"), "\(rejection.text(.zh))")
        var settled = late
        try h.act(&settled, Self.payment("1060", on: "2026-04-01"), by: EngineHarness.handler, at: Self.at(31))
    }

    @Test func unpaidTheReminderThenTheCourtAfterTheRemedyPeriods() throws {
        var state = try served("CF-E3")
        let remind = ActionRequest(action: "urge-payment", opinion: "直接送达催告书")
        #expect(h.refusal(state, remind, by: EngineHarness.handler, at: Self.at(28)) == ["engine.periodNotElapsed"], "before 30 March")
        let apply = ActionRequest(action: "apply-enforcement", opinion: "申请强制执行罚款及加处罚款")
        #expect(h.refusal(state, apply, by: EngineHarness.handler, at: Self.at(40)).sorted() == ["lawService.noReminder", "lawService.remedyPeriodsRunning"])
        let reminded = try h.act(&state, remind, by: EngineHarness.handler, at: Self.at(29))
        #expect(reminded.effects.contains(.produceDocument("payment-reminder")) && state.step == "execution")
        // Served 13 March: 诉讼 runs six months, to 13 September 2026.
        #expect(h.refusal(state, apply, by: EngineHarness.handler, at: Self.at(190)) == ["lawService.remedyPeriodsRunning"])
        let done = try h.act(&state, apply, by: EngineHarness.handler, at: Self.at(200))
        #expect(done.effects.contains(.produceDocument("enforcement-application")) && state.step == "enforcement")
    }
}
