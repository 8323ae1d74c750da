import Testing
@testable import Workflow

@Suite("Normalisation")
struct NormalizationTests {
    @Test("folds what Chinese input methods produce", arguments: [
        ("３２０６２３", "320623"),
        ("ａｂｃＸｙｚ", "ABCXYZ"),
        ("11010519491231002x", "11010519491231002X"),
        ("\u{3000} 320623\u{3000}", "320623"),
        ("3206 23\t19\u{3000}90", "3206231990"),
        ("60003734－1", "600037341"),
        ("60003734—1", "600037341"),
        ("\u{200B}E123\u{FEFF}45678\u{200D}", "E12345678"),
        ("南字第１２３４５６号", "南字第123456号"),
        ("", ""),
    ])
    func folds(_ raw: String, _ expected: String) {
        #expect(IdentityCheck.normalize(raw) == expected)
    }

    @Test("only ASCII letters are upper-cased; other scripts are left for the rules to refuse")
    func asciiOnlyUpperCase() {
        #expect(IdentityCheck.normalize("éß") == "éß")
    }

    @Test("normalising twice changes nothing", arguments: ["３２０６２３ １９９０", "e12345678", "60003734-1", "南字第１号"])
    func idempotent(_ raw: String) {
        let once = IdentityCheck.normalize(raw)
        #expect(IdentityCheck.normalize(once) == once)
    }
}
