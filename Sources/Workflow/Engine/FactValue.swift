import Foundation
import Localization

/// A key fact's value in a form a computer can count (R17): dates as dates, amounts as fen,
/// quantities as exact decimals.
public enum FactValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case text(String)
    case date(CivilDate)
    /// An exact decimal as typed ("120", "35.5"), for numbers, counts and areas.
    case quantity(String)
    case money(Money)

    public var description: String {
        switch self {
        case let .text(text): text
        case let .date(date): date.description
        case let .quantity(value): value
        case let .money(money): money.description
        }
    }

    /// Whether the value has the shape its field's type asks for.
    public func fits(_ field: FactField) -> Bool {
        switch (self, field.type) {
        case (.text, .text), (.text, .place), (.date, .date), (.money, .money): true
        case (.quantity, .number), (.quantity, .area), (.quantity, .count): true
        default: false
        }
    }

    public var money: Money? {
        if case let .money(value) = self { return value }
        return nil
    }

    /// Parses what a clerk typed for a field of the given type, or says what is wrong.
    public static func parse(_ raw: String, as field: FactField) -> Result<FactValue, Message> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(EnginePhrases.factEmpty(field.name)) }
        switch field.type {
        case .text, .place:
            return .success(.text(text))
        case .date:
            guard let date = CivilDate(iso: text) else { return .failure(EnginePhrases.factBadDate(field.name, text)) }
            return .success(.date(date))
        case .money:
            guard let money = Money.parseYuan(text) else { return .failure(EnginePhrases.factBadMoney(field.name, text)) }
            return .success(.money(money))
        case .count:
            guard text.count <= 12, text.allSatisfy(\.isASCIIDigit) else {
                return .failure(EnginePhrases.factBadCount(field.name, text))
            }
            return .success(.quantity(String(Int64(text) ?? 0)))
        case .number, .area:
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 && $0.allSatisfy(\.isASCIIDigit) }) else {
                return .failure(EnginePhrases.factBadNumber(field.name, text))
            }
            return .success(.quantity(text))
        }
    }
}
