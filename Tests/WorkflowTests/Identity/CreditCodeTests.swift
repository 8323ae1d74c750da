import Localization
import Testing
@testable import Workflow

@Suite("Unified social credit code (GB 32100-2015)")
struct CreditCodeTests {
    static let valid = "91110000600037341L"

    /// Adds a computed check character to a 17-character body.
    static func code(_ body: String) -> String { IdentityReference.credit(body) }

    @Test("the reference implementation agrees with the published vector")
    func referenceAgrees() {
        #expect(IdentityReference.creditIsValidCheck(Self.valid))
        #expect(IdentityReference.creditAlphabet == Array("0123456789ABCDEFGHJKLMNPQRTUWXY"))
        #expect(IdentityReference.creditWeights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    }

    @Test("the published vector passes and decodes")
    func validPasses() throws {
        let number = try #require(IdentityCheck.validate(Self.valid, as: .creditCode).number)
        #expect(number == IdentityNumber(kind: .creditCode, value: Self.valid))
        let details = try #require(number.creditCodeDetails)
        #expect(details.registeringBodyCode == "9")
        #expect(details.registeringBody == .marketRegulation)
        #expect(details.categoryCode == "1")
        #expect(details.category == .enterprise)
        #expect(details.areaCode == "110000")
        #expect(details.organizationCode == "60003734-1")
        #expect(details.organizationCodeCheckIsValid)
        #expect(number.residentIDDetails == nil)
    }

    @Test("full-width and lower-case input is accepted", arguments: [
        "９１１１００００６０００３７３４１ｌ", "91110000600037341l", "\u{3000}9111 0000 6000 3734 1L ", "911100-00600037341-L",
    ])
    func normalisedInput(_ raw: String) {
        #expect(IdentityCheck.validate(raw, as: .creditCode).number?.value == Self.valid)
    }

    @Test("every single-character change is rejected, for the right reason")
    func singleChanges() {
        let chars = Array(Self.valid)
        for index in 0..<18 {
            for replacement in IdentityReference.creditAlphabet where replacement != chars[index] {
                let candidate = IdentityReference.replacing(Self.valid, at: index, with: replacement)
                let expected = (2...7).contains(index) && !replacement.isNumber
                    ? IdentityPhrases.creditAreaNotDigits.key
                    : IdentityPhrases.creditCheckCharacterMismatch.key
                #expect(!IdentityReference.creditIsValidCheck(candidate), "\(candidate)")
                #expect(IdentityCheck.validate(candidate, as: .creditCode).problemKey == expected, "\(candidate)")
            }
        }
    }

    @Test("every adjacent transposition is rejected")
    func transpositions() {
        let chars = Array(Self.valid)
        for index in 0..<17 where chars[index] != chars[index + 1] {
            let candidate = IdentityReference.swapping(Self.valid, index, index + 1)
            let swapped = Array(candidate)
            let letterInArea = (2...7).contains { !swapped[$0].isNumber }
            let expected = letterInArea ? IdentityPhrases.creditAreaNotDigits.key : IdentityPhrases.creditCheckCharacterMismatch.key
            #expect(!IdentityReference.creditIsValidCheck(candidate), "\(candidate)")
            #expect(IdentityCheck.validate(candidate, as: .creditCode).problemKey == expected, "\(candidate)")
        }
    }

    @Test("I, O, Z, S and V are refused with their own explanation", arguments: ["I", "O", "Z", "S", "V"], [0, 8, 17])
    func excludedLetters(_ letter: String, _ index: Int) throws {
        let candidate = IdentityReference.replacing(Self.valid, at: index, with: Character(letter))
        let problem = try #require(IdentityCheck.validate(candidate, as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditExcludedLetter.key)
        #expect(problem.message.args == [letter, String(index + 1)])
    }

    @Test("lower-case excluded letters are folded and still refused")
    func lowerCaseExcluded() throws {
        let problem = try #require(IdentityCheck.validate("91110000600037341o", as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditExcludedLetter.key)
        #expect(problem.message.args == ["O", "18"])
    }

    @Test("other illegal characters name the character and position", arguments: [
        ("9111000060003734*L", "*", 17), ("中1110000600037341L", "中", 1), ("91110000600037341L.", ".", 19),
    ])
    func illegalCharacters(_ raw: String, _ shown: String, _ position: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditIllegalCharacter.key)
        #expect(problem.message.args == [shown, String(position)])
    }

    @Test("wrong length says expected and actual", arguments: ["91110000600037341", "91110000600037341LL", "9"])
    func wrongLength(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditWrongLength.key)
        #expect(problem.message.args == ["18", String(raw.count)])
    }

    @Test("the area code must be six digits even when the check character fits")
    func areaMustBeDigits() throws {
        let candidate = Self.code("91A10000600037341")
        let problem = try #require(IdentityCheck.validate(candidate, as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditAreaNotDigits.key)
        #expect(problem.message.args == ["A10000"])
    }

    @Test("check mismatch names expected and actual")
    func checkArguments() throws {
        let problem = try #require(IdentityCheck.validate("91110000600037341M", as: .creditCode).problem)
        #expect(problem.message.key == IdentityPhrases.creditCheckCharacterMismatch.key)
        #expect(problem.message.args == ["L", "M"])
    }

    @Test("every check character value 0–30 is reachable and accepted")
    func allCheckValues() {
        var seen = Set<Character>()
        for n in 0..<2_000 where seen.count < 31 {
            let body = "91320000" + String(100_000_000 + n)
            let number = Self.code(body)
            #expect(IdentityCheck.validate(number, as: .creditCode).problemKey == nil, "\(number)")
            seen.insert(IdentityReference.creditCheck(body))
        }
        #expect(seen.count == 31)
    }

    @Test("registering body and category are decoded", arguments: [
        ("71", RegisteringBody.religion, CreditCodeCategory?.some(.religiousVenue)),
        ("72", .religion, .religiousSchool),
        ("79", .religion, .other),
        ("11", .organizationStaffing, .organ),
        ("12", .organizationStaffing, .publicInstitution),
        ("51", .civilAffairs, .socialOrganization),
        ("53", .civilAffairs, .foundation),
        ("92", .marketRegulation, .individualBusiness),
        ("93", .marketRegulation, .farmersCooperative),
        ("99", .marketRegulation, nil),
        ("A1", .militaryStaffing, .militaryPublicInstitution),
        ("N2", .agriculture, .villageCollective),
        ("Y1", .other, .unclassified),
        ("Y2", .other, nil),
    ])
    func bodyAndCategory(_ prefix: String, _ body: RegisteringBody, _ category: CreditCodeCategory?) throws {
        let number = Self.code(prefix + "320000" + "600037341")
        let details = try #require(IdentityCheck.validate(number, as: .creditCode).number?.creditCodeDetails)
        #expect(details.registeringBody == body)
        #expect(details.registeringBodyCode == prefix.first)
        #expect(details.categoryCode == prefix.last)
        #expect(details.category == category)
        #expect(details.areaCode == "320000")
    }

    @Test("a registering body outside the 2015 table is decoded as unknown but not refused")
    func unknownBody() throws {
        let number = Self.code("B1320000600037341")
        let details = try #require(IdentityCheck.validate(number, as: .creditCode).number?.creditCodeDetails)
        #expect(details.registeringBody == nil)
        #expect(details.registeringBodyCode == "B")
        #expect(details.category == nil)
    }

    @Test("an embedded organisation code with a wrong GB 11714 check is reported, not refused")
    func embeddedOrganizationCode() throws {
        let orgBody = "60003734"
        let wrong: Character = IdentityReference.organizationCheck(orgBody) == "2" ? "3" : "2"
        let number = Self.code("91110000" + orgBody + String(wrong))
        let details = try #require(IdentityCheck.validate(number, as: .creditCode).number?.creditCodeDetails)
        #expect(details.organizationCode == orgBody + "-" + String(wrong))
        #expect(!details.organizationCodeCheckIsValid)
    }

    @Test("an all-digit credit code is valid")
    func allDigits() throws {
        let body = try #require((0..<1_000).lazy.map { "91320000" + String(600_000_000 + $0) }.first {
            IdentityReference.creditCheck($0).isNumber
        })
        let number = Self.code(body)
        #expect(IdentityCheck.validate(number, as: .creditCode).problemKey == nil)
    }
}
