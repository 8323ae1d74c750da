import Foundation
import Localization

/// One entry of the list of illegal property (非法财物) a confiscation takes: what, how many, in
/// what unit. A decision names what it takes away (行政处罚法 Art. 59), so the list is data the
/// documents print, not a sentence in an opinion.
public struct ConfiscatedItem: Sendable, Hashable, Codable {
    public let name: String
    /// An exact positive decimal as typed ("3", "12.5").
    public let quantity: String
    public let unit: String

    public init(name: String, quantity: String, unit: String = "") {
        self.name = name
        self.quantity = quantity
        self.unit = unit
    }

    /// Whether the entry names a thing and a positive quantity.
    public var isComplete: Bool {
        !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && Self.isPositiveDecimal(quantity)
    }

    static func isPositiveDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return text.contains { $0 != "0" && $0 != "." }
    }

    /// Reads a list as an officer types it, one entry a line: name, quantity, unit, separated by
    /// spaces ("佛像 3 尊"). A failure names the first line that is not an entry.
    public static func parseList(_ text: String) -> Result<[ConfiscatedItem], Message> {
        var items: [ConfiscatedItem] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else { continue }
            guard words.count >= 2, words.count <= 3 else { return .failure(EnginePhrases.propertyLineBad(String(line))) }
            let item = ConfiscatedItem(name: words[0], quantity: words[1], unit: words.count == 3 ? words[2] : "")
            guard item.isComplete else { return .failure(EnginePhrases.propertyLineBad(String(line))) }
            items.append(item)
        }
        return .success(items)
    }

    /// The list as `parseList` reads it back.
    public static func text(of items: [ConfiscatedItem]) -> String {
        items.map { [$0.name, $0.quantity, $0.unit].filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "\n")
    }
}
