import Foundation
import Localization
@testable import Workflow

/// Reference implementations written from the standards' definitions, independently of the
/// code under test (weights derived from their formulas, check characters found by search),
/// so that tests build their inputs and expectations without asking `Workflow`.
enum IdentityReference {
    static let today = CivilDateParts(year: 2025, month: 6, day: 1)

    // GB 11643-1999: weight of position i (0-based) is 2^(17-i) mod 11; the full number
    // including the check (weight 1, X = 10) sums to 1 mod 11.
    static let residentWeights: [Int] = (0..<17).map { i in
        (0..<(17 - i)).reduce(1) { acc, _ in acc * 2 % 11 }
    }

    static func residentCheck(_ body: String) -> Character {
        let digits = body.map { Int(String($0)) ?? 0 }
        let sum = zip(digits, residentWeights).reduce(0) { $0 + $1.0 * $1.1 }
        for c in 0...10 where (sum + c) % 11 == 1 {
            return c == 10 ? "X" : Character(String(c))
        }
        return "?"
    }

    static func resident(_ body17: String) -> String { body17 + String(residentCheck(body17)) }

    static func residentIsValidCheck(_ number: String) -> Bool {
        number.count == 18 && residentCheck(String(number.prefix(17))) == number.last
    }

    /// Province-level codes as listed in requirement R15.
    static let provinces: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 91,
    ]

    /// Whether y-m-d exists, decided by Foundation's Gregorian calendar (round trip).
    static func dateExists(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: 12)
        guard (1...12).contains(month), (1...31).contains(day),
              let date = calendar.date(from: components) else { return false }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day
    }

    /// The rejection a resident ID candidate deserves, in the order R15's messages are meant to
    /// point the clerk: characters, length, province, birth date, check digit. `nil` = valid.
    static func expectedResidentKey(_ candidate: String, today: CivilDateParts?) -> String? {
        let chars = Array(candidate)
        if chars.contains(where: { !("0123456789X".contains($0)) }) { return IdentityPhrases.residentIllegalCharacter.key }
        if chars.count != 18 { return IdentityPhrases.residentWrongLength.key }
        if chars.prefix(17).contains("X") { return IdentityPhrases.residentIllegalCharacter.key }
        guard let province = Int(String(chars[0...1])), provinces.contains(province) else {
            return IdentityPhrases.residentUnknownProvince.key
        }
        let y = Int(String(chars[6...9])) ?? 0
        let m = Int(String(chars[10...11])) ?? 0
        let d = Int(String(chars[12...13])) ?? 0
        if !dateExists(y, m, d) { return IdentityPhrases.residentImpossibleBirthDate.key }
        if y < 1900 { return IdentityPhrases.residentBirthDateTooEarly.key }
        if let today, (y, m, d) > (today.year, today.month, today.day) {
            return IdentityPhrases.residentBirthDateInFuture.key
        }
        return residentIsValidCheck(candidate) ? nil : IdentityPhrases.residentCheckDigitMismatch.key
    }

    // GB 32100-2015: alphabet is 0-9 then A-Z without I, O, Z, S, V; weight of position i is
    // 3^i mod 31; the code including the check sums to 0 mod 31.
    static let creditAlphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").filter { !"IOZSV".contains($0) }
    static let creditWeights: [Int] = (0..<17).map { i in (0..<i).reduce(1) { acc, _ in acc * 3 % 31 } }

    static func creditCheck(_ body: String) -> Character {
        let values = body.map { creditAlphabet.firstIndex(of: $0) ?? 0 }
        let sum = zip(values, creditWeights).reduce(0) { $0 + $1.0 * $1.1 }
        for c in 0..<31 where (sum + c) % 31 == 0 { return creditAlphabet[c] }
        return "?"
    }

    static func credit(_ body17: String) -> String { body17 + String(creditCheck(body17)) }

    static func creditIsValidCheck(_ number: String) -> Bool {
        number.count == 18 && creditCheck(String(number.prefix(17))) == number.last
    }

    // GB 11714-1997: values 0-9, A=10 … Z=35; weight of position i is 2^(8-i) mod 11; the
    // check c (X = 10) makes the weighted sum plus c divisible by 11.
    static let organizationWeights: [Int] = (0..<8).map { i in (0..<(8 - i)).reduce(1) { acc, _ in acc * 2 % 11 } }

    static func organizationValue(_ c: Character) -> Int {
        Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").firstIndex(of: c) ?? 0
    }

    static func organizationSum(_ body: String) -> Int {
        zip(body.map(organizationValue), organizationWeights).reduce(0) { $0 + $1.0 * $1.1 }
    }

    static func organizationCheck(_ body: String) -> Character {
        let sum = organizationSum(body)
        for c in 0...10 where (sum + c) % 11 == 0 {
            return c == 10 ? "X" : Character(String(c))
        }
        return "?"
    }

    static func organizationIsValidCheck(_ compact: String) -> Bool {
        compact.count == 9 && organizationCheck(String(compact.prefix(8))) == compact.last
    }

    /// First 8-digit body, counting up from `start`, whose raw `11 − S mod 11` equals `raw`
    /// (10 is written X, 11 is written 0).
    static func organizationBody(withRawCheck raw: Int, from start: Int = 10_000_000) -> String? {
        for n in start..<(start + 10_000) {
            let body = String(n)
            if 11 - organizationSum(body) % 11 == raw { return body }
        }
        return nil
    }

    static func replacing(_ s: String, at index: Int, with c: Character) -> String {
        var chars = Array(s)
        chars[index] = c
        return String(chars)
    }

    static func swapping(_ s: String, _ i: Int, _ j: Int) -> String {
        var chars = Array(s)
        chars.swapAt(i, j)
        return String(chars)
    }
}
