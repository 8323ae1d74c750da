import Foundation
import Workflow

extension DocumentFixtures {
    /// Lawful values for an action's declared inputs on `now`: a service on the day, a hearing a
    /// month ahead (more than seven working days), a host who did not investigate.
    static func inputs(for action: ActionDefinition, state: CaseState, now: Date, users: [String]) -> [String: String] {
        let today = CivilDate.inShanghai(now)
        var values: [String: String] = [:]
        for input in action.inputs {
            switch input.type {
            case .date: values[input.code] = input.code == HearingSchedule.dateInput ? today.adding(days: 30).description : today.description
            case .time: values[input.code] = "09:30"
            case .money: values[input.code] = PaymentRecord.yuanText(Money(fen: (state.decision?.totalFine.fen ?? 0) * 2))
            case .text: values[input.code] = "本局三楼会议室"
            case .choice: values[input.code] = input.choices.first
            case .user:
                let steps = Set(input.recuseFrom)
                values[input.code] = users.sorted().first { user in
                    !state.history.contains { steps.contains($0.from) && ($0.userID == user || $0.participants.contains(user)) }
                }
            }
        }
        return values
    }
}
