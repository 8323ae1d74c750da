import Localization
import Testing
@testable import Workflow

@Suite("Passports (format only)")
struct PassportTests {
    @Test("Chinese ordinary passport patterns are accepted", arguments: [
        ("E12345678", "E12345678"), ("EA1234567", "EA1234567"), ("EZ7654321", "EZ7654321"), ("G12345678", "G12345678"),
        ("e12345678", "E12345678"), ("ｅａ１２３４５６７", "EA1234567"), (" G1234 5678 ", "G12345678"),
    ])
    func chineseValid(_ raw: String, _ canonical: String) {
        #expect(IdentityCheck.validate(raw, as: .passport).number == IdentityNumber(kind: .passport, value: canonical))
    }

    @Test("every second letter except I and O is accepted after E", arguments: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    func secondLetter(_ letter: Character) {
        let key = IdentityCheck.validate("E\(letter)1234567", as: .passport).problemKey
        #expect(key == (letter == "I" || letter == "O" ? IdentityPhrases.passportBadFormat.key : nil))
    }

    @Test("other shapes show the expected pattern", arguments: [
        "P12345678", "GA1234567", "E1234567A", "EAB123456", "123456789", "D12345678", "EI1234567", "EO1234567",
    ])
    func chineseBadFormat(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .passport).problem)
        #expect(problem.message.key == IdentityPhrases.passportBadFormat.key)
        #expect(problem.message.args == [raw])
        #expect(problem.message.text(.zh).contains("E加8位数字"))
    }

    @Test("wrong length says expected and actual", arguments: ["E1234567", "E123456789", "G1"])
    func chineseWrongLength(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .passport).problem)
        #expect(problem.message.key == IdentityPhrases.passportWrongLength.key)
        #expect(problem.message.args == ["9", String(raw.count)])
    }

    @Test("illegal characters name the character and position")
    func chineseIllegal() throws {
        let problem = try #require(IdentityCheck.validate("E1234567*", as: .passport).problem)
        #expect(problem.message.key == IdentityPhrases.passportIllegalCharacter.key)
        #expect(problem.message.args == ["*", "9"])
    }

    @Test("foreign passports: 5 to 17 letters or digits", arguments: [
        ("X1234", "X1234"), ("c03005988", "C03005988"), ("AB 123-456", "AB123456"), ("12345678901234567", "12345678901234567"),
    ])
    func foreignValid(_ raw: String, _ canonical: String) {
        #expect(IdentityCheck.validate(raw, as: .foreignPassport).number == IdentityNumber(kind: .foreignPassport, value: canonical))
    }

    @Test("foreign passports outside 5–17 characters are refused with the range", arguments: ["X123", "123456789012345678"])
    func foreignWrongLength(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .foreignPassport).problem)
        #expect(problem.message.key == IdentityPhrases.foreignPassportWrongLength.key)
        #expect(problem.message.args == ["5", "17", String(raw.count)])
    }

    @Test("foreign passports with symbols are refused at the symbol", arguments: [("AB12/34", "/", 5), ("ÄB12345", "Ä", 1)])
    func foreignIllegal(_ raw: String, _ shown: String, _ position: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .foreignPassport).problem)
        #expect(problem.message.key == IdentityPhrases.foreignPassportIllegalCharacter.key)
        #expect(problem.message.args == [shown, String(position)])
    }
}
