#if canImport(Glibc)
import Glibc
#endif
import Localization
@testable import PowerDesk
import Testing

/// The desk's width function is libc `wcwidth` under its locale, the one ncurses places
/// characters by; on common Chinese text it agrees with the built-in table the commands use.
@Suite struct TerminalWidthTests {
    @Test func libcWcwidthUnderAUTF8LocaleAgreesWithTheTableOnCommonText() throws {
        #if canImport(Glibc)
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        for text in ["南通市民族宗教事务局", "ＡＢＣ１２３", "abc 123", "e\u{301}", "，。、：；（）"] {
            let terminal = text.unicodeScalars.reduce(0) { $0 + DisplayWidth.measure($1, terminal: CursesScreen.terminalWidth, ambiguousWide: false) }
            let table = text.unicodeScalars.reduce(0) { $0 + DisplayWidth.measure($1, terminal: nil, ambiguousWide: false) }
            #expect(terminal == table, "\(text): wcwidth \(terminal), table \(table)")
        }
        // An emoji's presentation selector and a joiner are not given to the terminal, and a
        // code point the locale cannot print is drawn as "?": nothing is wider than measured.
        #expect(CursesScreen.drawable("❤️") == "❤")
        #expect(DisplayWidth.of(CursesScreen.drawable("👨‍👩‍👧")) == 6)
        #endif
    }
}
