import Workflow

/// The fine's payment as the 催告书 and the 强制执行申请书 state it (行政处罚法 Arts. 67, 72;
/// 行政强制法 Arts. 35, 54): the fine, the last day to pay, the days overdue on the day of issue and
/// the 加处罚款 accrued by then (capped at the fine), and the payment recorded, if any.
enum PaymentContext {
    static func values(_ input: DocumentInput, flow: ItemFlow?) -> [String: Any]? {
        guard let fine = input.state.decision?.totalFine, fine.fen > 0, let flow, let calendar = input.calendar else { return nil }
        let engine = CaseEngine(definitions: input.set, calendar: calendar)
        let deadline = engine.deadlines(input.state, calendar: calendar, today: input.issuedOn).first { $0.kind == .step }
        let perMille = flow.procedure.parameters[PaymentRecord.surchargeParameter] ?? 0
        var values: [String: Any] = [
            "fine": fine.description,
            "fineCapital": ChineseCapitalNumerals.yuan(fine) ?? "",
        ]
        if let due = deadline?.status.due {
            let surcharge = PaymentRecord.surcharge(fine: fine, due: due, on: input.issuedOn, perMille: perMille)
            values["due"] = DocumentText.date(due)
            values["days"] = String(PaymentRecord.daysOverdue(due: due, on: input.issuedOn))
            values["surcharge"] = surcharge.description
            values["surchargeCapital"] = ChineseCapitalNumerals.yuan(surcharge) ?? ""
            values["owed"] = (fine + surcharge).description
        }
        // The decision imposing the fine: the latest document the deciding action issued.
        if let decided = input.state.history.last(where: { $0.penaltyRole == .decision }),
           let decision = input.earlier.last(where: { decided.documents.contains($0.type) }) {
            values["decisionName"] = DocumentText.clean(decision.name)
            values["decisionNumber"] = DocumentText.clean(decision.number ?? "")
            values["decisionDate"] = DocumentText.date(decision.issuedOn)
        }
        if let reminder = input.state.history.last(where: { $0.documents.contains(PaymentRecord.reminderDocument) }) {
            values["reminderDate"] = DocumentText.date(reminder.on)
        }
        return values
    }
}
