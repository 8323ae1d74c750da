import Foundation
import Localization
import Testing

/// The one catalogue of user-facing text: every phrase registered, keys unique, both languages
/// carrying the same placeholders, English free of Chinese.
@Suite struct CatalogueTests {
    @Test func keysAreUniqueAcrossTheWholeCatalogue() {
        var seen: [String: Int] = [:]
        for phrase in Catalogue.all { seen[phrase.key, default: 0] += 1 }
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test func everyPhraseHasBothLanguagesWithTheSamePlaceholders() {
        for phrase in Catalogue.all {
            #expect(Catalogue.placeholders(in: phrase.zh) == Catalogue.placeholders(in: phrase.en), "\(phrase.key)")
            // The one Chinese an English sentence may quote is the printed form of an officer card.
            let english = phrase.en.replacingOccurrences(of: "南字第12345678号", with: "").replacingOccurrences(of: "字第", with: "").replacingOccurrences(of: "号", with: "")
            #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "Chinese in English text of \(phrase.key)")
            #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty, "\(phrase.key)")
        }
    }

    /// A phrase declared in a table but left out of its `all` list escapes the checks above; the
    /// source is scanned to catch that.
    @Test func everyDeclaredPhraseIsRegistered() throws {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("Sources/Localization/Phrases")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 5)
        let registered = Set(Catalogue.all.map(\.key))
        let pattern = try Regex(#"Phrase\(\s*"([A-Za-z0-9_.]+)""#)
        var declared = 0
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                guard let key = match.output[1].substring.map(String.init) else { continue }
                declared += 1
                #expect(registered.contains(key), "\(key) in \(file) is not in its table's `all`")
            }
        }
        #expect(declared == registered.count)
    }

    @Test func nestedArgumentsRenderInTheReadersLanguage() {
        let inner = CommonPhrases.workdays(20)
        let outer = Phrase("test.outer", zh: "期限为{0}", en: "the limit is {0}")(inner)
        #expect(outer.text(.zh) == "期限为20个工作日")
        #expect(outer.text(.en) == "the limit is 20 working days")
    }

    @Test func missingArgumentsStayVisible() {
        let message = Message(Phrase("test.gap", zh: "缺少{0}和{1}", en: "missing {0} and {1}"), ["甲"])
        #expect(message.text(.zh) == "缺少甲和{1}")
    }
}
