import Localization
import Testing
@testable import Workflow

@Suite("Detecting the kind")
struct DetectionTests {
    let today = IdentityReference.today

    @Test("valid numbers of every guessable kind are recognised", arguments: [
        ("11010519491231002X", IdentityKind.residentID, "11010519491231002X"),
        ("３２０６２３１９９００１０１１２３１", .residentID, "320623199001011231"),
        ("320613202003150026", .residentID, "320613202003150026"),
        ("91110000600037341L", .creditCode, "91110000600037341L"),
        ("91110000600037341l", .creditCode, "91110000600037341L"),
        ("60003734-1", .organizationCode, "60003734-1"),
        ("600037341", .organizationCode, "60003734-1"),
        ("E12345678", .passport, "E12345678"),
        ("ea1234567", .passport, "EA1234567"),
        ("G12345678", .passport, "G12345678"),
        ("南字第12345678号", .militaryOfficer, "南字第12345678号"),
    ])
    func recognised(_ raw: String, _ kind: IdentityKind, _ value: String) {
        #expect(IdentityCheck.detectAndValidate(raw, today: today).number == IdentityNumber(kind: kind, value: value))
    }

    @Test("an all-digit credit code that is not a resident ID is recognised as a credit code")
    func allDigitCreditCode() throws {
        let body = try #require((0..<1_000).lazy.map { "91320000" + String(600_000_000 + $0) }.first {
            IdentityReference.creditCheck($0).isNumber
        })
        let number = IdentityReference.credit(body)
        #expect(IdentityReference.expectedResidentKey(number, today: today) != nil)
        #expect(IdentityCheck.detectAndValidate(number, today: today).number?.kind == .creditCode)
    }

    @Test("an organisation code starting with E that is no passport is recognised by its check")
    func organizationCodeStartingWithE() throws {
        let body = try #require((0..<10_000).lazy.map { "E" + String(1_000_000 + $0) }.first {
            IdentityReference.organizationCheck($0) == "X"
        })
        let result = IdentityCheck.detectAndValidate(body + "X", today: today)
        #expect(result.number == IdentityNumber(kind: .organizationCode, value: body + "-X"))
    }

    @Test("near misses get the closest kind's own reason", arguments: [
        ("32062319900101123", IdentityKind.residentID, IdentityPhrases.residentWrongLength.key),
        ("3206231990010112311", .residentID, IdentityPhrases.residentWrongLength.key),
        ("320623199001011232", .residentID, IdentityPhrases.residentCheckDigitMismatch.key),
        ("320623199002301231", .residentID, IdentityPhrases.residentImpossibleBirthDate.key),
        ("3206231990010112*1", .residentID, IdentityPhrases.residentIllegalCharacter.key),
        ("91110000600037341M", .creditCode, IdentityPhrases.creditCheckCharacterMismatch.key),
        ("9111000060003734lL", .creditCode, IdentityPhrases.creditCheckCharacterMismatch.key),
        ("91110000600O37341L", .creditCode, IdentityPhrases.creditExcludedLetter.key),
        ("91110000600037341", .residentID, IdentityPhrases.residentWrongLength.key),
        ("9111000060003734L", .creditCode, IdentityPhrases.creditWrongLength.key),
        ("60003734-2", .organizationCode, IdentityPhrases.organizationCheckCharacterMismatch.key),
        ("6000373-1", .organizationCode, IdentityPhrases.organizationWrongLength.key),
        ("12345678", .organizationCode, IdentityPhrases.organizationWrongLength.key),
        ("EI1234567", .passport, IdentityPhrases.passportBadFormat.key),
        ("E1234567", .passport, IdentityPhrases.passportWrongLength.key),
        ("南字第12345号", .militaryOfficer, IdentityPhrases.militaryBadFormat.key),
    ])
    func nearMisses(_ raw: String, _ kind: IdentityKind, _ key: String) throws {
        let problem = try #require(IdentityCheck.detectAndValidate(raw, today: today).problem)
        #expect(problem.kind == kind)
        #expect(problem.message.key == key)
    }

    @Test("foreign passports are never guessed")
    func foreignNotGuessed() throws {
        let problem = try #require(IdentityCheck.detectAndValidate("AB1234567890", today: today).problem)
        #expect(problem.kind == nil)
        #expect(problem.message.key == IdentityPhrases.unrecognized.key)
        #expect(problem.message.args == ["AB1234567890"])
    }

    @Test("shapes that fit nothing are unrecognised", arguments: ["12345", "ABC", "1234567890123", "*"])
    func unrecognised(_ raw: String) {
        #expect(IdentityCheck.detectAndValidate(raw, today: today).problemKey == IdentityPhrases.unrecognized.key)
    }

    @Test("a pasted paragraph is quoted only in part")
    func longInputQuoted() throws {
        let problem = try #require(IdentityCheck.detectAndValidate(String(repeating: "A", count: 100)).problem)
        #expect(problem.message.args == [String(repeating: "A", count: 24) + "…"])
    }

    @Test("empty input asks for a number", arguments: ["", "  ", "\u{3000}\u{3000}", "-"])
    func empty(_ raw: String) {
        let result = IdentityCheck.detectAndValidate(raw, today: today)
        #expect(result.problemKey == IdentityPhrases.empty.key)
        #expect(result.problem?.kind == nil)
    }

    @Test("detection and explicit validation agree on valid numbers", arguments: [
        "11010519491231002X", "91110000600037341L", "60003734-1", "E12345678", "南字第12345678号",
    ])
    func agreesWithValidate(_ raw: String) throws {
        let detected = try #require(IdentityCheck.detectAndValidate(raw, today: today).number)
        #expect(IdentityCheck.validate(raw, as: detected.kind, today: today).number == detected)
    }
}
