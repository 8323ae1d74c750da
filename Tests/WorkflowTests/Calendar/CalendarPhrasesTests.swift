import Testing
import Localization

@Suite("Calendar phrases")
struct CalendarPhrasesTests {
    @Test func keysAreUniqueAndInTheCalendarArea() {
        let keys = CalendarPhrases.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.hasPrefix("calendar.") })
        #expect(!keys.isEmpty)
    }

    @Test func bothLanguagesUseTheSamePlaceholders() {
        for phrase in CalendarPhrases.all {
            #expect(Catalogue.placeholders(in: phrase.zh) == Catalogue.placeholders(in: phrase.en), "\(phrase.key)")
            #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty, "\(phrase.key)")
            #expect(phrase.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(phrase.key) zh")
        }
    }

    @Test func callingAPhraseGivesAMessage() {
        let message = CalendarPhrases.badDate("2026-02-30")
        #expect(message.key == "calendar.file.badDate")
        #expect(message.text(.zh).contains("2026-02-30"))
        #expect(message.text(.en).contains("2026-02-30"))
        #expect(!message.text(.zh).contains("{0}"))
    }

    @Test func everyPhraseIsRegisteredInTheCatalogue() {
        let registered = Set(Catalogue.all.map(\.key))
        #expect(CalendarPhrases.all.allSatisfy { registered.contains($0.key) })
    }
}
