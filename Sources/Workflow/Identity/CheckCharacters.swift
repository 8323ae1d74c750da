/// The three check-character algorithms, on character values already mapped to numbers.
///
/// Kept apart from the format rules so each algorithm reads like its standard.
enum CheckCharacters {
    // MARK: GB 11643-1999, ISO 7064 MOD 11-2

    static let residentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let residentTable: [Character] = Array("10X98765432")

    /// The check character for the 17 body digits of a resident ID.
    static func residentID(_ digits: [Int]) -> Character {
        let sum = zip(digits, residentWeights).reduce(0) { $0 + $1.0 * $1.1 }
        return residentTable[sum % 11]
    }

    // MARK: GB 32100-2015, modulus 31

    /// The credit-code alphabet in value order 0–30; I, O, Z, S and V are left out on purpose.
    static let creditAlphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let creditExcludedLetters: Set<Character> = ["I", "O", "Z", "S", "V"]

    static func creditValue(_ character: Character) -> Int? {
        creditAlphabet.firstIndex(of: character)
    }

    /// The check character for the 17 body values of a credit code: (31 − S mod 31) mod 31.
    static func creditCode(_ values: [Int]) -> Character {
        let sum = zip(values, creditWeights).reduce(0) { $0 + $1.0 * $1.1 }
        return creditAlphabet[(31 - sum % 31) % 31]
    }

    // MARK: GB 11714-1997, modulus 11

    static let organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// 0–9 for digits, 10–35 for A–Z.
    static func organizationValue(_ character: Character) -> Int? {
        if let digit = IdentityCharacters.digitValue(character) { return digit }
        guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
        return Int(ascii) - 55
    }

    /// The check character for the 8 body values of an organisation code: 11 − S mod 11, with
    /// 10 written X and 11 written 0.
    static func organizationCode(_ values: [Int]) -> Character {
        let sum = zip(values, organizationWeights).reduce(0) { $0 + $1.0 * $1.1 }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return Character(String(digit))
        }
    }
}
