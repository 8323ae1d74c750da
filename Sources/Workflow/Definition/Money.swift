import Foundation
import Localization

/// An amount of money in fen (分). Integer arithmetic only: fines are legal amounts, and floating
/// point would make 0.1 + 0.2 yuan a case for the reviewer.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, LocalizedArgument {
    public let fen: Int64

    public init(fen: Int64) { self.fen = fen }

    /// The largest amount the desk accepts anywhere (10^12 yuan): far above any fine or fee the
    /// bureau handles, and small enough that sums of many amounts cannot overflow.
    public static let maximum = Money(fen: 100_000_000_000_000)

    /// The sum, held at `maximum` when it would exceed it, so a stored absurd value cannot trap.
    public static func + (lhs: Money, rhs: Money) -> Money {
        let sum = lhs.fen.addingReportingOverflow(rhs.fen)
        return sum.overflow ? (rhs.fen > 0 ? Money(fen: .max) : Money(fen: .min)) : Money(fen: sum.partialValue)
    }

    public static func yuan(_ yuan: Int64) -> Money {
        let fen = yuan.multipliedReportingOverflow(by: 100)
        return Money(fen: fen.overflow ? (yuan > 0 ? .max : .min) : fen.partialValue)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// "150000" or "1234.50": the figure without its unit.
    public var figure: String {
        let yuan = fen / 100
        let cents = fen % 100
        return cents == 0 ? "\(yuan)" : "\(yuan).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// "150000元" / "150000 yuan".
    public var message: Message { CommonPhrases.yuan(figure) }

    public var description: String { message.text(.zh) }

    /// Parses an amount in yuan as a person types it: "150000", "15万", "1,234.5", "１２００".
    /// Returns nil for anything that is not an exact amount to the fen (no negative, no third
    /// decimal, nothing above 10^12 yuan).
    public static func parseYuan(_ raw: String) -> Money? {
        var text = String(raw.unicodeScalars.map { scalar -> Character in
            // Full-width digits and punctuation from an input method.
            if (0xFF01...0xFF5E).contains(scalar.value), let half = Unicode.Scalar(scalar.value - 0xFEE0) {
                return Character(half)
            }
            return Character(scalar)
        })
        text = text.replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "，", with: "")
            .trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("元") { text.removeLast() }
        var multiplier: Int64 = 1
        if text.hasSuffix("万") {
            multiplier = 10_000
            text.removeLast()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let wholePart = parts.first, !wholePart.isEmpty,
              wholePart.allSatisfy(\.isASCIIDigit), wholePart.count <= 12,
              let whole = Int64(wholePart)
        else { return nil }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if parts.count == 2 {
            let f = parts[1]
            guard !f.isEmpty, f.allSatisfy(\.isASCIIDigit), f.count <= (multiplier == 1 ? 2 : 6),
                  let value = Int64(f)
            else { return nil }
            fraction = value
            fractionDigits = f.count
        }
        // Everything is scaled to fen: whole * multiplier * 100 + fraction scaled accordingly.
        let scale = multiplier * 100
        var fractionFen = fraction * scale
        for _ in 0..<fractionDigits { fractionFen /= 10 }
        // Reject fractions finer than a fen (e.g. 1.2345万 is fine, 1.23456789万 is not).
        var check = fractionFen
        for _ in 0..<fractionDigits { check *= 10 }
        guard check == fraction * scale else { return nil }
        let total = whole.multipliedReportingOverflow(by: scale)
        guard !total.overflow else { return nil }
        let amount = Money(fen: total.partialValue + fractionFen)
        return amount <= maximum ? amount : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
