import Localization

/// The licence rules of the second legal pass for 大型宗教活动 (条例 Art. 42): the application comes
/// the item's period before the activity; an approval is filed with the province before the case
/// ends; the regulation's own limit has no extension. (The police's consultation is a step of the
/// flow, between the handler's proposal and the chief's review.)
extension CaseEngine {
    /// The date the approval was filed with the provincial department (备案).
    public static let filedInput = "filed-on"

    /// 条例 Art. 42: received at least the item's period before the activity's date.
    func applicationLeadReasons(_ state: CaseState) -> [Message] {
        guard let item = definitions.item(state.itemCode), let rule = item.applicationLead else { return [] }
        let name = item.fact(rule.fact)?.name ?? rule.fact
        guard case let .date(activity)? = state.facts[rule.fact] else { return [EnginePhrases.factsMissing(name)] }
        let received = state.openedOn
        let ahead: Int
        if activity <= received {
            ahead = 0
        } else if rule.limit.unit == .day {
            ahead = received.days(until: activity)
        } else if let calendar {
            ahead = calendar.count(rule.limit.unit, after: received, through: activity)
        } else {
            return [EnginePhrases.calendarUnavailable(rule.basis)]
        }
        guard ahead < rule.limit.days else { return [] }
        return [LawThirdPhrases.applicationTooLate(received.description, name, activity.description, rule.limit, rule.basis)]
    }

    /// An approval is filed with the province (条例 Art. 42) before it is delivered and the case ends:
    /// the history holds an action declaring the `filed-on` input.
    func provincialFilingReasons(_ state: CaseState) -> [Message] {
        guard let flow = flow(for: state) else { return [] }
        let filed = state.history.contains { record in
            flow.step(record.from)?.action(record.action)?.input(Self.filedInput) != nil || record.inputs?[Self.filedInput] != nil
        }
        return filed ? [] : [LawThirdPhrases.notFiledWithProvince()]
    }

    /// The item's limit is the regulation's own and has no 行政许可法 Art. 42 extension.
    func extensibleReasons(_ state: CaseState) -> [Message] {
        guard let basis = definitions.item(state.itemCode)?.noExtension else { return [] }
        return [LawThirdPhrases.noExtension(basis)]
    }

    /// A date recorded as done (the filing) is not in the future.
    func recordedDateReasons(_ action: ActionDefinition, inputs: [String: String], on: CivilDate) -> [Message] {
        guard let input = action.input(Self.filedInput), let text = inputs[Self.filedInput], let date = CivilDate(iso: text), date > on else { return [] }
        return [LawThirdPhrases.recordedDateInFuture(input.name, text)]
    }
}
