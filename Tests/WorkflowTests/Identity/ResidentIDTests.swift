import Localization
import Testing
@testable import Workflow

@Suite("Resident ID (GB 11643-1999)")
struct ResidentIDTests {
    static let valid = ["11010519491231002X", "320623199001011231", "320613202003150026"]
    let today = IdentityReference.today

    @Test("the reference implementation agrees with the published vectors", arguments: valid)
    func referenceAgrees(_ number: String) {
        #expect(IdentityReference.residentIsValidCheck(number))
        #expect(IdentityReference.residentWeights == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    }

    @Test("valid numbers pass and keep their canonical form", arguments: valid)
    func validPasses(_ number: String) {
        let result = IdentityCheck.validate(number, as: .residentID, today: today)
        #expect(result.number == IdentityNumber(kind: .residentID, value: number))
        #expect(result.problemKey == nil)
    }

    @Test("decodes birth date, sex, area and sequence")
    func details() throws {
        let cases: [(String, CivilDateParts, Sex, String, Int, String)] = [
            ("11010519491231002X", CivilDateParts(year: 1949, month: 12, day: 31), .female, "110105", 11, "002"),
            ("320623199001011231", CivilDateParts(year: 1990, month: 1, day: 1), .male, "320623", 32, "123"),
            ("320613202003150026", CivilDateParts(year: 2020, month: 3, day: 15), .female, "320613", 32, "002"),
        ]
        for (number, birth, sex, area, province, sequence) in cases {
            let details = try #require(IdentityCheck.validate(number, as: .residentID, today: today).number?.residentIDDetails)
            #expect(details.birthDate == birth)
            #expect(details.sex == sex)
            #expect(details.areaCode == area)
            #expect(details.provinceCode == province)
            #expect(details.sequence == sequence)
        }
    }

    @Test("digit 17 odd is male, even is female", arguments: 0...9)
    func sexFromSequence(_ digit: Int) throws {
        let number = IdentityReference.resident("3206231990010112\(digit)")
        let details = try #require(IdentityCheck.validate(number, as: .residentID, today: today).number?.residentIDDetails)
        #expect(details.sex == (digit % 2 == 1 ? .male : .female))
    }

    @Test("details are nil for other kinds")
    func detailsOnlyForResidentID() throws {
        let credit = try #require(IdentityCheck.validate("91110000600037341L", as: .creditCode).number)
        #expect(credit.residentIDDetails == nil)
    }

    @Test("every single-character change is rejected, for the right reason", arguments: valid)
    func singleChanges(_ number: String) {
        for index in 0..<18 {
            for replacement in "0123456789X" where replacement != Array(number)[index] {
                let candidate = IdentityReference.replacing(number, at: index, with: replacement)
                let expected = IdentityReference.expectedResidentKey(candidate, today: today)
                #expect(expected != nil, "oracle accepted \(candidate)")
                let key = IdentityCheck.validate(candidate, as: .residentID, today: today).problemKey
                #expect(key == expected, "\(candidate)")
                // Outside the province and birth-date fields only the check digit can catch it.
                if [2, 3, 4, 5, 14, 15, 16, 17].contains(index), replacement != "X" || index == 17 {
                    #expect(key == IdentityPhrases.residentCheckDigitMismatch.key, "\(candidate)")
                }
            }
        }
    }

    @Test("every adjacent transposition is rejected, for the right reason", arguments: valid)
    func transpositions(_ number: String) {
        let chars = Array(number)
        for index in 0..<17 where chars[index] != chars[index + 1] {
            let candidate = IdentityReference.swapping(number, index, index + 1)
            let expected = IdentityReference.expectedResidentKey(candidate, today: today)
            #expect(expected != nil, "oracle accepted \(candidate)")
            #expect(IdentityCheck.validate(candidate, as: .residentID, today: today).problemKey == expected, "\(candidate)")
        }
    }

    @Test("check digit mismatch names the expected and the actual last character")
    func checkDigitArguments() throws {
        let problem = try #require(IdentityCheck.validate("320623199001011232", as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentCheckDigitMismatch.key)
        #expect(problem.message.args == ["1", "2"])
        #expect(problem.kind == .residentID)
        #expect(problem.message.text(.zh).contains("请核对最后一位"))
    }

    @Test("check digit X is computed and required", arguments: [
        "11010519491231002",
    ])
    func checkDigitX(_ body: String) throws {
        #expect(IdentityReference.residentCheck(body) == "X")
        let problem = try #require(IdentityCheck.validate(body + "0", as: .residentID, today: today).problem)
        #expect(problem.message.args == ["X", "0"])
    }

    @Test("full-width digits, lower-case x and ideographic spaces are accepted", arguments: [
        ("３２０６２３１９９００１０１１２３１", "320623199001011231"),
        ("11010519491231002x", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        ("\u{3000}320623 19900101 1231\u{3000}", "320623199001011231"),
        ("  320623-19900101-1231\n", "320623199001011231"),
        ("\t320623\u{3000}1990\u{3000}0101\u{3000}1231 ", "320623199001011231"),
        ("\u{FEFF}320623199001011231\u{200B}", "320623199001011231"),
    ])
    func normalisedInput(_ raw: String, _ canonical: String) {
        #expect(IdentityCheck.validate(raw, as: .residentID, today: today).number?.value == canonical)
    }

    @Test("illegal characters name the character and its position", arguments: [
        ("32062319900101123A", "A", 18),
        ("3206231990O1011231", "O", 11),
        ("3206X3199001011231", "X", 5),
        ("X20623199001011231", "X", 1),
        ("32062319900101123*", "*", 18),
        ("身份证320623199001011231", "身", 1),
        ("32062319900101123１\u{0301}", "U+0031 U+0301", 18),
    ])
    func illegalCharacters(_ raw: String, _ shown: String, _ position: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentIllegalCharacter.key)
        #expect(problem.message.args == [shown, String(position)])
    }

    @Test("wrong length says expected and actual", arguments: [
        "32062319900101123", "3206231990010112311", "320623", "1",
    ])
    func wrongLength(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentWrongLength.key)
        #expect(problem.message.args == ["18", String(raw.count)])
    }

    @Test("an empty entry is asked for, not measured", arguments: ["", "   ", "\u{3000}", " - "])
    func empty(_ raw: String) {
        #expect(IdentityCheck.validate(raw, as: .residentID, today: today).problemKey == IdentityPhrases.empty.key)
    }

    @Test("29 February only in leap years", arguments: [
        ("20000229", true), ("20040229", true), ("19960229", true), ("20240229", true),
        ("19000229", false), ("20230229", false), ("19990229", false), ("20210229", false),
    ])
    func leapDay(_ date: String, _ leap: Bool) {
        #expect(IdentityReference.dateExists(Int(date.prefix(4)) ?? 0, 2, 29) == leap)
        let number = IdentityReference.resident("320623" + date + "123")
        let key = IdentityCheck.validate(number, as: .residentID, today: today).problemKey
        #expect(key == (leap ? nil : IdentityPhrases.residentImpossibleBirthDate.key), "\(number)")
    }

    @Test("impossible dates are named as written", arguments: [
        "19900230", "19901301", "19900001", "19900100", "19900431", "19901232", "19909999",
    ])
    func impossibleDates(_ date: String) throws {
        let number = IdentityReference.resident("320623" + date + "123")
        let problem = try #require(IdentityCheck.validate(number, as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentImpossibleBirthDate.key)
        #expect(problem.message.args == [date])
    }

    @Test("birth dates before 1900 are refused; 1900-01-01 is the first accepted")
    func earliestBirthDate() throws {
        let early = try #require(IdentityCheck.validate(IdentityReference.resident("32062318991231123"), as: .residentID, today: today).problem)
        #expect(early.message.key == IdentityPhrases.residentBirthDateTooEarly.key)
        #expect(early.message.args == ["18991231", "1900"])
        #expect(IdentityCheck.validate(IdentityReference.resident("32062319000101123"), as: .residentID, today: today).problemKey == nil)
    }

    @Test("birth dates after today are refused; today itself is accepted")
    func futureBirthDate() throws {
        #expect(IdentityCheck.validate(IdentityReference.resident("32062320250601123"), as: .residentID, today: today).problemKey == nil)
        let tomorrow = IdentityReference.resident("32062320250602123")
        let problem = try #require(IdentityCheck.validate(tomorrow, as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentBirthDateInFuture.key)
        #expect(problem.message.args == ["20250602", "2025-06-01"])
        let farFuture = IdentityReference.resident("32062320991231123")
        #expect(IdentityCheck.validate(farFuture, as: .residentID, today: today).problemKey == IdentityPhrases.residentBirthDateInFuture.key)
        // Without a clock reading, the future check is skipped; the others still apply.
        #expect(IdentityCheck.validate(tomorrow, as: .residentID).problemKey == nil)
        #expect(IdentityCheck.validate(IdentityReference.resident("32062320990230123"), as: .residentID).problemKey
            == IdentityPhrases.residentImpossibleBirthDate.key)
    }

    @Test("every listed province code is accepted", arguments: Array(IdentityReference.provinces).sorted())
    func knownProvinces(_ province: Int) {
        let number = IdentityReference.resident(String(province) + "0623" + "19900101" + "123")
        #expect(IdentityCheck.validate(number, as: .residentID, today: today).problemKey == nil, "\(number)")
    }

    @Test("every other two-digit prefix is an unknown province", arguments: (0...99).filter { !IdentityReference.provinces.contains($0) })
    func unknownProvinces(_ province: Int) throws {
        let prefix = province < 10 ? "0\(province)" : String(province)
        let number = IdentityReference.resident(prefix + "0623" + "19900101" + "123")
        let problem = try #require(IdentityCheck.validate(number, as: .residentID, today: today).problem)
        #expect(problem.message.key == IdentityPhrases.residentUnknownProvince.key)
        #expect(problem.message.args == [prefix])
    }
}
