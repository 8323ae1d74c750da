/// Guesses which kind a number is from its shape, for `IdentityCheck.detectAndValidate`.
///
/// The guess only picks which rules to run; a near miss (a digit too many, a stray symbol) is
/// still sent to the closest kind so the clerk gets that kind's precise message instead of
/// "unrecognised". Foreign passports are never guessed: 5–17 letters or digits would swallow
/// every mistyped domestic number.
enum KindGuess {
    /// Kinds to try in order: the first that validates wins; if none does, the first one's
    /// problem is reported. Empty when the shape fits nothing.
    static func candidates(folded: String, compact: String) -> [IdentityKind] {
        let characters = Array(compact)
        let count = characters.count
        if characters.contains(where: IdentityCharacters.isHanCharacter) {
            return [.militaryOfficer]
        }
        // The shape is read from the letters and digits only, so a stray symbol still reaches
        // the kind it was meant for and is reported there with its position.
        let shape = characters.filter(IdentityCharacters.isDigitOrUpperLetter)
        // Digits, optionally ending in X: the usual resident ID, or an all-digit code.
        let numeric = shape.dropLast().allSatisfy(IdentityCharacters.isDigit)
            && shape.last.map { IdentityCharacters.isDigit($0) || $0 == "X" } == true
        let hasHyphen = folded.contains("-")
        let first = shape.first

        switch count {
        case 18:
            return numeric ? [.residentID, .creditCode] : [.creditCode, .residentID]
        case 14...20 where numeric:
            return [.residentID]
        case 17, 19:
            return [.creditCode]
        case 8...10 where hasHyphen || numeric:
            return [.organizationCode]
        case 8...10 where first == "E" || first == "G":
            return count == PassportRules.chineseLength ? [.passport, .organizationCode] : [.passport]
        case 8...10:
            return [.organizationCode]
        default:
            return []
        }
    }
}
