import Foundation
import Localization

/// An action's declared inputs (`ActionInput`): each required one present, each of its type, none
/// unknown; a user chosen where the law asks for recusal (the hearing's host) took no part in the
/// steps named. Storage checks that a chosen user exists.
extension CaseEngine {
    /// The longest text an input takes: a place or a name, not a statement.
    static let inputTextLimit = 200

    /// The reasons to refuse, and the inputs as recorded (trimmed, dates and times normalised).
    func inputReasons(_ action: ActionDefinition, given: [String: String], state: CaseState, actor: Actor) -> ([Message], [String: String]) {
        var reasons: [Message] = []
        var values: [String: String] = [:]
        for code in given.keys.sorted() where action.input(code) == nil {
            let known = action.inputs.map(\.code).joined(separator: "、")
            reasons.append(LawServicePhrases.inputUnknown(code, action.name, known.isEmpty ? "-" : known))
        }
        for input in action.inputs {
            let text = Self.oneLine(given[input.code] ?? "")
            if text.isEmpty {
                if input.required { reasons.append(LawServicePhrases.inputMissing(input.name, action.name)) }
                continue
            }
            switch Self.normalised(text, as: input) {
            case let .success(value):
                values[input.code] = value
                reasons += recusalReasons(input, user: value, state: state, actor: actor)
            case let .failure(rejection):
                reasons += rejection.reasons
            }
        }
        return (reasons, values)
    }

    /// An input is one line: control characters (a pasted line break, an escape) become spaces.
    static func oneLine(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// One value checked against its type: a date as `YYYY-MM-DD`, a time as `HH:MM`.
    static func normalised(_ text: String, as input: ActionInput) -> Result<String, Rejection> {
        switch input.type {
        case .date:
            guard let date = CivilDate(iso: text) else { return .failure(Rejection([LawServicePhrases.inputBadDate(input.name, text)])) }
            return .success(date.description)
        case .time:
            guard let time = clockTime(text) else { return .failure(Rejection([LawServicePhrases.inputBadTime(input.name, text)])) }
            return .success(time)
        case .choice:
            guard input.choices.contains(text) else {
                return .failure(Rejection([LawServicePhrases.inputBadChoice(input.name, text, input.choices.joined(separator: "、"))]))
            }
            return .success(text)
        case .money:
            guard let money = Money.parseYuan(text), money.fen >= 0, money <= Money.maximum else {
                return .failure(Rejection([LawServicePhrases.inputBadMoney(input.name, text)]))
            }
            return .success(PaymentRecord.yuanText(money))
        case .text, .user:
            guard text.count <= inputTextLimit else { return .failure(Rejection([LawServicePhrases.inputTooLong(input.name, inputTextLimit)])) }
            return .success(text)
        }
    }

    /// `H:MM` or `HH:MM`, 00:00 to 23:59, as `HH:MM`.
    static func clockTime(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (hour < 10 ? "0" : "") + String(hour) + ":" + String(parts[1])
    }

    /// 行政处罚法 Art. 64(四) and the like: whoever acted or took part at one of the input's
    /// `recuseFrom` steps may not be chosen.
    func recusalReasons(_ input: ActionInput, user: String, state: CaseState, actor: Actor) -> [Message] {
        guard input.type == .user, !input.recuseFrom.isEmpty else { return [] }
        let steps = Set(input.recuseFrom)
        guard let record = state.history.first(where: { steps.contains($0.from) && ($0.userID == user || $0.participants.contains(user)) }) else {
            return []
        }
        let name = record.userID == user ? record.actorName : (actor.officers[user]?.name ?? user)
        let stepName = flow(for: state)?.step(record.from)?.name ?? record.from
        return [LawServicePhrases.inputRecused(input.name, name, stepName, input.basis ?? "-")]
    }
}
