import Localization

/// GB 11643-1999 resident ID: 6-digit area, YYYYMMDD birth date, 3-digit sequence, check digit.
///
/// Checks run from the coarsest mistake to the finest (characters, length, area, birth date,
/// check digit) so the clerk is pointed at the part of the number that is actually wrong.
enum ResidentIDRules {
    static let length = 18
    static let earliestBirthYear = 1900

    /// Province-level codes (GB/T 2260 first two digits), including 71 Taiwan, 81 Hong Kong,
    /// 82 Macao and 91 (used for residents abroad).
    static let provinceCodes: Set<Int> = Set(
        Array(11...15) + Array(21...23) + Array(31...37) + Array(41...46) + Array(50...54)
            + Array(61...65) + [71, 81, 82, 91]
    )

    static func check(_ value: String, today: CivilDateParts?) -> Result<IdentityNumber, IdentityProblem> {
        let characters = Array(value)
        func fail(_ message: Message) -> Result<IdentityNumber, IdentityProblem> {
            .failure(IdentityProblem(message, kind: .residentID))
        }
        func illegal(_ index: Int) -> Result<IdentityNumber, IdentityProblem> {
            fail(IdentityPhrases.residentIllegalCharacter(IdentityCharacters.shown(characters[index]), index + 1))
        }

        if let index = characters.firstIndex(where: { !IdentityCharacters.isDigit($0) && $0 != "X" }) {
            return illegal(index)
        }
        guard characters.count == length else {
            return fail(IdentityPhrases.residentWrongLength(length, characters.count))
        }
        let body = characters.prefix(length - 1).compactMap(IdentityCharacters.digitValue)
        guard body.count == length - 1 else {
            // An X inside the first 17 characters.
            return illegal(characters.firstIndex(of: "X") ?? 0)
        }

        let province = body[0] * 10 + body[1]
        guard provinceCodes.contains(province) else {
            return fail(IdentityPhrases.residentUnknownProvince(String(characters[0...1])))
        }

        let birthText = String(characters[6...13])
        let birth = birthDate(of: body)
        guard birth.isValid else {
            return fail(IdentityPhrases.residentImpossibleBirthDate(birthText))
        }
        guard birth.year >= earliestBirthYear else {
            return fail(IdentityPhrases.residentBirthDateTooEarly(birthText, earliestBirthYear))
        }
        if let today, birth > today {
            return fail(IdentityPhrases.residentBirthDateInFuture(birthText, today))
        }

        let expected = CheckCharacters.residentID(body)
        let actual = characters[length - 1]
        guard expected == actual else {
            return fail(IdentityPhrases.residentCheckDigitMismatch(expected, actual))
        }
        return .success(IdentityNumber(kind: .residentID, value: value))
    }

    /// The birth date in characters 7–14, from the 17 body digits.
    static func birthDate(of body: [Int]) -> CivilDateParts {
        func number(_ range: ClosedRange<Int>) -> Int {
            range.reduce(0) { $0 * 10 + (body.indices.contains($1) ? body[$1] : 0) }
        }
        return CivilDateParts(year: number(6...9), month: number(10...11), day: number(12...13))
    }
}
