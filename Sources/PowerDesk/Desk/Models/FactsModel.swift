import Localization
import Workflow

/// The key facts of a case as a form: every fact the item defines, prefilled with what is
/// recorded, so a fact missing at opening can be added and a wrong one corrected later.
struct FactsModel {
    let state: CaseState
    let fields: [FactField]
    var inputs: [TextField]
    var focus = 0

    init(state: CaseState, item: ItemDefinition) {
        self.state = state
        fields = item.facts
        inputs = item.facts.map { field in
            TextField(state.facts[field.code].map(Self.inputText) ?? "", maxLength: 100)
        }
    }

    /// A recorded value as a clerk would type it (money in plain yuan, as `Money.parseYuan` reads it).
    static func inputText(_ value: FactValue) -> String {
        if case let .money(money) = value { return money.figure }
        return value.description
    }

    func text(_ index: Int) -> String { inputs[index].text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Whether anything differs from what is recorded.
    var isChanged: Bool {
        fields.indices.contains { text($0) != (state.facts[fields[$0].code].map(Self.inputText) ?? "") }
    }

    /// The typed value of a field that differs from the record, or what is wrong with it; nil
    /// when it is unchanged. A recorded fact emptied is refused by the parser ("cannot be empty").
    func change(_ index: Int) -> Result<FactValue, Message>? {
        let recorded = state.facts[fields[index].code].map(Self.inputText) ?? ""
        let typed = text(index)
        guard typed != recorded else { return nil }
        return FactValue.parse(typed, as: fields[index])
    }

    /// Every changed fact parsed, or the first problem.
    func changes() -> Result<[String: FactValue], Message> {
        var facts: [String: FactValue] = [:]
        for index in fields.indices {
            switch change(index) {
            case let .success(value)?: facts[fields[index].code] = value
            case let .failure(problem)?: return .failure(problem)
            case nil: break
            }
        }
        return .success(facts)
    }
}
