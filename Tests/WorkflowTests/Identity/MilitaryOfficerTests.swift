import Localization
import Testing
@testable import Workflow

@Suite("Military officer card (format only)")
struct MilitaryOfficerTests {
    @Test("the full form is accepted and always shown with 号", arguments: [
        ("南字第12345678号", "南字第12345678号"),
        ("南字第12345678", "南字第12345678号"),
        ("空字第123456号", "空字第123456号"),
        ("政字第1234567", "政字第1234567号"),
        ("沈字第 1234567 号", "沈字第1234567号"),
        ("\u{3000}南字第１２３４５６７８号\u{3000}", "南字第12345678号"),
        ("海军字第123456号", "海军字第123456号"),
        ("成都军区字第12345678号", "成都军区字第12345678号"),
    ])
    func valid(_ raw: String, _ canonical: String) {
        #expect(IdentityCheck.validate(raw, as: .militaryOfficer).number == IdentityNumber(kind: .militaryOfficer, value: canonical))
    }

    @Test("digits alone are refused and the full form is asked for", arguments: ["12345678", "123456", "１２３４５６７"])
    func digitsOnly(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .militaryOfficer).problem)
        #expect(problem.message.key == IdentityPhrases.militaryDigitsOnly.key)
        #expect(problem.message.text(.zh).contains("南字第12345678号"))
    }

    @Test("other shapes show the expected pattern", arguments: [
        "南字12345678号", "南第12345678号", "南字第12345号", "南字第123456789号", "字第12345678号",
        "北京军区司字第123456号", "南字第12345678号号", "南字第号", "南字第12345678号1", "南1字第123456号",
    ])
    func badFormat(_ raw: String) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .militaryOfficer).problem)
        #expect(problem.message.key == IdentityPhrases.militaryBadFormat.key)
        #expect(problem.message.args == [raw])
    }

    @Test("letters and symbols are refused at their position", arguments: [
        ("南字第1234567A号", "A", 11), ("南字第(1234567)号", "(", 4), ("Nan字第1234567号", "N", 1),
    ])
    func illegal(_ raw: String, _ shown: String, _ position: Int) throws {
        let problem = try #require(IdentityCheck.validate(raw, as: .militaryOfficer).problem)
        #expect(problem.message.key == IdentityPhrases.militaryIllegalCharacter.key)
        #expect(problem.message.args == [shown, String(position)])
    }
}
