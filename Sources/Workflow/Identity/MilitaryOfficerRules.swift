import Localization

/// Military officer card (军官证): a format check only, issuing service (1–4 Chinese characters)
/// + 字第 + 6–8 digits + optional 号.
///
/// Digits alone are refused with their own message: without the service prefix the number is
/// not unique, and clerks are often handed only the digits.
enum MilitaryOfficerRules {
    static let serviceLengths = 1...4
    static let digitLengths = 6...8
    static let marker = "字第"
    static let suffix: Character = "号"

    /// The canonical display always ends in 号, so the same card typed with and without it
    /// compares equal.
    static func check(_ value: String) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .militaryOfficer))
        }
        if let index = characters.firstIndex(where: {
            !IdentityCharacters.isDigit($0) && !IdentityCharacters.isHanCharacter($0)
        }) {
            return fail(IdentityPhrases.militaryIllegalCharacter(IdentityCharacters.shown(characters[index]), index + 1))
        }
        if characters.allSatisfy(IdentityCharacters.isDigit) {
            return fail(IdentityPhrases.militaryDigitsOnly(value))
        }
        guard let canonical = canonicalForm(value) else {
            return fail(IdentityPhrases.militaryBadFormat(value))
        }
        return .success(IdentityNumber(kind: .militaryOfficer, value: canonical))
    }

    /// `南字第12345678号` for `南字第12345678` or `南字第12345678号`; `nil` when the shape is wrong.
    static func canonicalForm(_ value: String) -> String? {
        guard let markerRange = value.firstRange(of: marker) else { return nil }
        let service = value[..<markerRange.lowerBound]
        var number = value[markerRange.upperBound...]
        if number.last == suffix { number = number.dropLast() }
        guard serviceLengths.contains(service.count),
              service.allSatisfy(IdentityCharacters.isHanCharacter),
              digitLengths.contains(number.count),
              number.allSatisfy(IdentityCharacters.isDigit)
        else { return nil }
        return String(service) + marker + String(number) + String(suffix)
    }
}
