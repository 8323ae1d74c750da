import Localization

/// GB 32100-2015 unified social credit code: registering body, category, 6-digit area,
/// 9-character organisation code, check character (modulus 31).
///
/// The registering body, category and the organisation code's own GB 11714 check are decoded
/// but not enforced: those tables have grown since 2015 and a desk must not turn away a real
/// code because its list is out of date. The outer check character already catches typing errors.
enum CreditCodeRules {
    static let length = 18

    static func check(_ value: String) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .creditCode))
        }

        if let index = characters.firstIndex(where: { CheckCharacters.creditValue($0) == nil }) {
            let character = characters[index]
            if CheckCharacters.creditExcludedLetters.contains(character) {
                return fail(IdentityPhrases.creditExcludedLetter(character, index + 1))
            }
            return fail(IdentityPhrases.creditIllegalCharacter(IdentityCharacters.shown(character), index + 1))
        }
        guard characters.count == length else {
            return fail(IdentityPhrases.creditWrongLength(length, characters.count))
        }
        let area = characters[2...7]
        guard area.allSatisfy(IdentityCharacters.isDigit) else {
            return fail(IdentityPhrases.creditAreaNotDigits(String(area)))
        }
        let body = characters.prefix(length - 1).compactMap(CheckCharacters.creditValue)
        let expected = CheckCharacters.creditCode(body)
        let actual = characters[length - 1]
        guard body.count == length - 1, expected == actual else {
            return fail(IdentityPhrases.creditCheckCharacterMismatch(expected, actual))
        }
        return .success(IdentityNumber(kind: .creditCode, value: value))
    }
}
