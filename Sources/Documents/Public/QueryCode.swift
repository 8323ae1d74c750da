/// The code a party is given at opening (printed on the acceptance notice and every notice to the
/// party) that, with the case's serial number, looks the case up on the public site. Sixteen
/// decimal digits (53 bits, drawn from the system's secure generator): digits because a phone's
/// number pad types them and nothing is mistaken for anything else; printed in groups of four.
public struct QueryCode: Sendable, Hashable, CustomStringConvertible {
    /// The sixteen digits, no separators.
    public let digits: String

    public static let length = 16

    /// A new random code.
    public static func random() -> QueryCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> QueryCode {
        let value = UInt64.random(in: 0..<10_000_000_000_000_000, using: &generator)
        let text = String(value)
        return QueryCode(unchecked: String(repeating: "0", count: length - text.count) + text)
    }

    /// A code as typed or stored: digits with optional spaces or hyphens between them; nil when it
    /// is not sixteen digits.
    public init?(_ text: String) {
        let kept = text.filter { $0 != "-" && $0 != " " }
        guard kept.count == Self.length, kept.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        digits = kept
    }

    private init(unchecked digits: String) {
        self.digits = digits
    }

    /// Four groups of four digits, as printed: 1234-5678-9012-3456.
    public var description: String {
        var groups: [Substring] = []
        var rest = Substring(digits)
        while !rest.isEmpty {
            groups.append(rest.prefix(4))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: "-")
    }
}
