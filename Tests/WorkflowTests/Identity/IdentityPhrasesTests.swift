import Localization
import Testing
@testable import Workflow

@Suite("Identity phrases")
struct IdentityPhrasesTests {
    @Test("keys are unique and in the identity area")
    func keys() {
        let keys = IdentityPhrases.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.hasPrefix("identity.") })
    }

    @Test("both languages use the same placeholders", arguments: IdentityPhrases.all)
    func placeholders(_ phrase: Phrase) {
        #expect(Catalogue.placeholders(in: phrase.zh) == Catalogue.placeholders(in: phrase.en), "\(phrase.key)")
        #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty)
        #expect(phrase.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(phrase.key) zh has no Chinese")
    }

    @Test("placeholders are numbered from 0 without gaps", arguments: IdentityPhrases.all)
    func placeholderNumbering(_ phrase: Phrase) {
        let found = Catalogue.placeholders(in: phrase.zh)
        #expect(found == Set(0..<found.count), "\(phrase.key)")
    }

    @Test("messages render with their arguments in both languages")
    func rendering() {
        let message = IdentityPhrases.residentWrongLength(18, 17)
        #expect(message.text(.zh) == "身份证号码应为18位，实际为17位，请核对是否漏输或多输。")
        #expect(message.text(.en) == "A resident ID number has 18 characters; this one has 17. Check for a missing or extra digit.")
    }

    @Test("every kind, sex, registering body and category has a registered name")
    func names() {
        let messages = IdentityKind.allCases.map(\.displayName) + Sex.allCases.map(\.displayName)
            + RegisteringBody.allCases.map(\.displayName) + CreditCodeCategory.allCases.map(\.displayName)
        for message in messages {
            #expect(IdentityPhrases.all.contains(message.phrase), "\(message.key)")
        }
        #expect(Set(IdentityKind.allCases.map(\.displayName.key)).count == IdentityKind.allCases.count)
    }
}
