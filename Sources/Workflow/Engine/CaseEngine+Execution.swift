import Localization

/// Execution of a fine (行政处罚法 Arts. 67, 72; 行政强制法 Arts. 35, 53, 54): the payment is
/// recorded and covers the fine and the 加处罚款 owed on its day; unpaid after the period, the party
/// is reminded (催告书); after the remedy periods and the reminder's ten days, the court is asked.
extension CaseEngine {
    /// The last day to pay: the execution step's own period from the decision's service date.
    func paymentDue(_ state: CaseState, flow: ItemFlow, calendar: WorkCalendar) -> CivilDate? {
        guard let limit = flow.step(state.step)?.limit else { return nil }
        let due = calendar.due(from: periodStart(state), adding: limit.days, unit: limit.unit)
        return calendar.moved(due, by: definitions.bureau.deadlinePolicy.restDay).date
    }

    /// `payment-complete`, on the inputs of 执行完毕.
    func paymentReasons(_ action: ActionDefinition, inputs: [String: String], state: CaseState, flow: ItemFlow, on day: CivilDate) -> [Message] {
        guard action.guards.contains(.paymentComplete), let fine = state.decision?.totalFine, fine.fen > 0 else { return [] }
        guard let paid = inputs[PaymentRecord.amountInput].flatMap(Money.parseYuan), let paidOn = inputs[PaymentRecord.dateInput].flatMap(CivilDate.init(iso:)),
              !(inputs[PaymentRecord.receiptInput] ?? "").isEmpty else {
            return [LawServicePhrases.paymentNotRecorded(fine.description)]
        }
        if paidOn > day { return [LawServicePhrases.paidInFuture(paidOn.description, day.description)] }
        guard let calendar else { return [EnginePhrases.calendarUnavailable(action.name)] }
        guard let perMille = flow.procedure.parameters[PaymentRecord.surchargeParameter], let due = paymentDue(state, flow: flow, calendar: calendar) else {
            return [LawServicePhrases.executionNotConfigured(PaymentRecord.surchargeParameter)]
        }
        let surcharge = PaymentRecord.surcharge(fine: fine, due: due, on: paidOn, perMille: perMille)
        let owed = fine + surcharge
        return paid < owed ? [LawServicePhrases.paymentShort(paid.description, owed.description, fine.description, surcharge.description, due.description)] : []
    }

    /// `remedy-periods-elapsed`, on the day: 复议 and 诉讼 periods from the decision's service over,
    /// and a 催告书 issued `reminder-days` before.
    func enforcementReasons(_ action: ActionDefinition, state: CaseState, flow: ItemFlow, on day: CivilDate) -> [Message] {
        guard action.guards.contains(.remedyPeriodsElapsed) else { return [] }
        let parameters = flow.procedure.parameters
        guard let reviewDays = parameters[PaymentRecord.reviewDaysParameter], let months = parameters[PaymentRecord.litigationMonthsParameter],
              let reminderDays = parameters[PaymentRecord.reminderDaysParameter] else {
            return [LawServicePhrases.executionNotConfigured(PaymentRecord.reviewDaysParameter)]
        }
        let served = periodStart(state)
        let lastDay = max(served.adding(days: Int(reviewDays)), PaymentRecord.adding(months: Int(months), to: served))
        var reasons: [Message] = []
        if day <= lastDay { reasons.append(LawServicePhrases.remedyPeriodsRunning(lastDay.description)) }
        guard let reminder = state.history.last(where: { $0.documents.contains(PaymentRecord.reminderDocument) }) else {
            return reasons + [LawServicePhrases.noReminder()]
        }
        let ready = reminder.on.adding(days: Int(reminderDays))
        if day <= ready { reasons.append(LawServicePhrases.reminderRunning(reminder.on.description, ready.description)) }
        return reasons
    }

    /// `fine-decided`.
    func fineDecidedReasons(_ state: CaseState) -> [Message] {
        (state.decision?.totalFine.fen ?? 0) > 0 ? [] : [LawServicePhrases.noFineDecided()]
    }
}
