import Localization
import Testing
@testable import Workflow

@Suite("Organisation code (GB 11714-1997)")
struct OrganizationCodeTests {
    static let valid = "60003734-1"
    static let compact = "600037341"
    static let bodyAlphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    @Test("the reference implementation agrees with the published vector")
    func referenceAgrees() {
        #expect(IdentityReference.organizationIsValidCheck(Self.compact))
        #expect(IdentityReference.organizationWeights == [3, 7, 9, 10, 5, 8, 4, 2])
    }

    @Test("accepted with or without the hyphen, shown with it", arguments: [
        "60003734-1", "600037341", " 60003734 - 1 ", "６０００３７３４－１", "60003734—1", "60003734‐1", "6000-3734-1",
    ])
    func hyphenOptional(_ raw: String) {
        let result = IdentityCheck.validate(raw, as: .organizationCode)
        #expect(result.number == IdentityNumber(kind: .organizationCode, value: Self.valid))
    }

    @Test("a computed remainder of 10 is written X, also typed as lower-case x")
    func checkTenIsX() throws {
        let body = try #require(IdentityReference.organizationBody(withRawCheck: 10))
        #expect(IdentityReference.organizationCheck(body) == "X")
        #expect(IdentityCheck.validate(body + "-X", as: .organizationCode).number?.value == body + "-X")
        #expect(IdentityCheck.validate(body + "x", as: .organizationCode).number?.value == body + "-X")
        let problem = try #require(IdentityCheck.validate(body + "-0", as: .organizationCode).problem)
        #expect(problem.message.key == IdentityPhrases.organizationCheckCharacterMismatch.key)
        #expect(problem.message.args == ["X", "0"])
    }

    @Test("a computed remainder of 11 is written 0")
    func checkElevenIsZero() throws {
        let body = try #require(IdentityReference.organizationBody(withRawCheck: 11))
        #expect(IdentityReference.organizationCheck(body) == "0")
        #expect(IdentityCheck.validate(body + "-0", as: .organizationCode).number?.value == body + "-0")
        let problem = try #require(IdentityCheck.validate(body + "-X", as: .organizationCode).problem)
        #expect(problem.message.key == IdentityPhrases.organizationCheckCharacterMismatch.key)
        #expect(problem.message.args == ["0", "X"])
    }

    @Test("bodies with letters (A = 10 … Z = 35) are checked", arguments: ["MA1BUFLT", "ABCDEFGH", "Z0000000", "L1234567"])
    func letterBodies(_ body: String) {
        let number = body + "-" + String(IdentityReference.organizationCheck(body))
        #expect(IdentityCheck.validate(number, as: .organizationCode).number?.value == number)
    }

    @Test("single-character changes: every digit-for-digit change fails; any change fails unless the sum is kept")
    func singleChanges() {
        let chars = Array(Self.compact)
        for index in 0..<9 {
            let alphabet = index < 8 ? Self.bodyAlphabet : Array("0123456789X")
            for replacement in alphabet where replacement != chars[index] {
                let candidate = IdentityReference.replacing(Self.compact, at: index, with: replacement)
                let key = IdentityCheck.validate(candidate, as: .organizationCode).problemKey
                // A letter differing by a multiple of 11 from the digit it replaces keeps the
                // weighted sum: the standard cannot catch that, and neither may we claim to.
                let expected = IdentityReference.organizationIsValidCheck(candidate) ? nil : IdentityPhrases.organizationCheckCharacterMismatch.key
                #expect(key == expected, "\(candidate)")
                if replacement.isNumber {
                    #expect(key == IdentityPhrases.organizationCheckCharacterMismatch.key, "\(candidate)")
                }
            }
        }
    }

    @Test("every adjacent transposition of a digit-only code is rejected")
    func transpositions() {
        let chars = Array(Self.compact)
        for index in 0..<8 where chars[index] != chars[index + 1] {
            let candidate = IdentityReference.swapping(Self.compact, index, index + 1)
            #expect(!IdentityReference.organizationIsValidCheck(candidate))
            #expect(IdentityCheck.validate(candidate, as: .organizationCode).problemKey
                == IdentityPhrases.organizationCheckCharacterMismatch.key, "\(candidate)")
        }
    }

    @Test("illegal characters name the character and position", arguments: [
        ("6000373*-1", "*", 8), ("60003734-A", "A", 9), ("60003734-Y", "Y", 9), ("6000373中-1", "中", 8),
    ])
    func illegalCharacters(_ raw: String, _ shown: String, _ position: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .organizationCode).problem)
        #expect(problem.message.key == IdentityPhrases.organizationIllegalCharacter.key)
        #expect(problem.message.args == [shown, String(position)])
    }

    @Test("wrong length counts without the hyphen", arguments: [("6000373-1", 8), ("600037341-1", 10), ("60003734", 8)])
    func wrongLength(_ raw: String, _ count: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .organizationCode).problem)
        #expect(problem.message.key == IdentityPhrases.organizationWrongLength.key)
        #expect(problem.message.args == ["9", String(count)])
    }
}
