import Localization

/// GB 11714-1997 organisation code: 8 body characters (0–9, A–Z) and a check character
/// (modulus 11, written 0–9 or X), displayed as `XXXXXXXX-X`.
enum OrganizationCodeRules {
    static let length = 9

    /// `value` has no hyphen; the hyphen is put back in the canonical display.
    static func check(_ value: String) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .organizationCode))
        }
        func illegal(_ index: Int) -> Result<IdentityNumber, IdentityProblem> {
            fail(IdentityPhrases.organizationIllegalCharacter(IdentityCharacters.shown(characters[index]), index + 1))
        }

        if let index = characters.firstIndex(where: { !IdentityCharacters.isDigitOrUpperLetter($0) }) {
            return illegal(index)
        }
        guard characters.count == length else {
            return fail(IdentityPhrases.organizationWrongLength(length, characters.count))
        }
        let actual = characters[length - 1]
        guard IdentityCharacters.isDigit(actual) || actual == "X" else {
            return illegal(length - 1)
        }
        let body = characters.prefix(length - 1).compactMap(CheckCharacters.organizationValue)
        let expected = CheckCharacters.organizationCode(body)
        guard body.count == length - 1, expected == actual else {
            return fail(IdentityPhrases.organizationCheckCharacterMismatch(expected, actual))
        }
        let display = String(characters.prefix(length - 1)) + "-" + String(actual)
        return .success(IdentityNumber(kind: .organizationCode, value: display))
    }
}
