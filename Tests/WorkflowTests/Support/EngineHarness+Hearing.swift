@testable import Workflow

extension EngineHarness {
    /// 当事人申请听证 with the particulars 行政处罚法 Art. 64 asks the notice to fix; the host is the
    /// legal officer, who did not investigate.
    static func hearingRequest(on date: String, host: String = "u-legal", servedOn: String? = nil) -> ActionRequest {
        var inputs = ["hearing-date": date, "hearing-time": "9:30", "hearing-place": "本局三楼会议室", "hearing-public": "公开举行", "hearing-host": host]
        if let servedOn { inputs["served-on"] = servedOn }
        return ActionRequest(action: "request-hearing", opinion: "当事人于收到告知书后第二日书面申请听证", inputs: inputs)
    }
}

extension EngineHarness {
    /// A service record (送达) on `date`, handed to the party in person.
    static func service(_ action: String, on date: String, method: String = "直接送达") -> ActionRequest {
        ActionRequest(action: action, inputs: ["service-method": method, "served-on": date, "recipient": "张三本人", "receipt-number": "SD-001"])
    }
}

extension EngineHarness {
    /// Lawful values for an action's declared inputs on `day`: a service on the day, a hearing
    /// nine working days on, a host who did not investigate (for walks through every flow).
    static func lawfulInputs(for action: ActionDefinition, state: CaseState, on day: CivilDate, calendar: WorkCalendar) -> [String: String] {
        var values: [String: String] = [:]
        for input in action.inputs {
            switch input.type {
            case .date:
                values[input.code] = input.code == HearingSchedule.dateInput ? calendar.due(from: day, adding: 9, unit: .workday).date.description : day.description
            case .time: values[input.code] = "09:30"
            case .money:
                // Twice the fine covers any 加处罚款, which never exceeds the fine.
                values[input.code] = PaymentRecord.yuanText(Money(fen: (state.decision?.totalFine.fen ?? 0) * 2))
            case .text: values[input.code] = "本局三楼会议室"
            case .choice: values[input.code] = input.choices.first
            case .user:
                let steps = Set(input.recuseFrom)
                values[input.code] = ["u-legal", "u-leader", "u-chief"].first { user in
                    !state.history.contains { steps.contains($0.from) && ($0.userID == user || $0.participants.contains(user)) }
                }
            }
        }
        return values
    }

    /// Actions that stay at the step (登记送达, 集体讨论) already taken since the case entered it.
    static func takenHere(_ state: CaseState) -> Set<String> {
        Set(state.history.reversed().prefix { $0.to == state.step }.filter { $0.from == state.step }.map(\.action))
    }
}
