import Testing
@testable import PowerDesk

/// Key sequences curses does not know (TERM not matching the terminal, as in tmux) are read
/// whole: Home and End in their usual spellings work, anything else is ignored, and only a lone
/// Esc is Esc, so an unknown key never closes a dialog.
@Suite struct EscapeSequenceTests {
    @Test(arguments: [("", Key.escape), ("[H", .home), ("OH", .home), ("[1~", .home), ("[F", .end), ("OF", .end), ("[4~", .end), ("[24~", .unknown), ("[Z9", .unknown)])
    func sequences(_ rest: String, _ expected: Key) {
        #expect(CursesScreen.key(escapeSequence: rest) == expected)
    }
}
