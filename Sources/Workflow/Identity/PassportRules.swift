import Localization

/// Passports: a format check only, since passport numbers carry no check character.
///
/// Chinese ordinary passports are E + 8 digits, E + one letter other than I or O + 7 digits,
/// or G + 8 digits. Foreign passports vary by country, so only 5–17 letters or digits are
/// required, and only when the clerk has said the passport is foreign.
enum PassportRules {
    static let chineseLength = 9
    static let foreignLengths = 5...17

    static func checkChinese(_ value: String) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .passport))
        }
        if let index = characters.firstIndex(where: { !IdentityCharacters.isDigitOrUpperLetter($0) }) {
            return fail(IdentityPhrases.passportIllegalCharacter(IdentityCharacters.shown(characters[index]), index + 1))
        }
        guard characters.count == chineseLength else {
            return fail(IdentityPhrases.passportWrongLength(chineseLength, characters.count))
        }
        guard matchesChinesePattern(characters) else {
            return fail(IdentityPhrases.passportBadFormat(value))
        }
        return .success(IdentityNumber(kind: .passport, value: value))
    }

    /// E + 8 digits, E + letter (not I/O) + 7 digits, or G + 8 digits.
    static func matchesChinesePattern(_ characters: [Character]) -> Bool {
        guard characters.count == chineseLength, let first = characters.first else { return false }
        let tail = characters.dropFirst(2)
        guard tail.allSatisfy(IdentityCharacters.isDigit) else { return false }
        let second = characters[1]
        switch first {
        case "E":
            if IdentityCharacters.isDigit(second) { return true }
            return IdentityCharacters.isUpperLetter(second) && second != "I" && second != "O"
        case "G":
            return IdentityCharacters.isDigit(second)
        default:
            return false
        }
    }

    static func checkForeign(_ value: String) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .foreignPassport))
        }
        if let index = characters.firstIndex(where: { !IdentityCharacters.isDigitOrUpperLetter($0) }) {
            return fail(IdentityPhrases.foreignPassportIllegalCharacter(IdentityCharacters.shown(characters[index]), index + 1))
        }
        guard foreignLengths.contains(characters.count) else {
            return fail(IdentityPhrases.foreignPassportWrongLength(
                foreignLengths.lowerBound, foreignLengths.upperBound, characters.count))
        }
        return .success(IdentityNumber(kind: .foreignPassport, value: value))
    }
}
