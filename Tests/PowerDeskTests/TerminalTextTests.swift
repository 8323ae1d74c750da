import Localization
import Testing
@testable import PowerDesk

/// User text never reaches the terminal raw, and Chinese is measured in columns.
@Suite struct TerminalTextTests {
    @Test func controlCharactersAndEscapesAreShownNotObeyed() {
        let hostile = "张三\u{1B}[2J\u{1B}]0;owned\u{07}\r\n"
        let safe = TerminalText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(safe == "张三␛[2J␛]0;owned␇␍␊")
        #expect(TerminalText.sanitize("a\nb", keepNewlines: true) == "a\nb")
        #expect(TerminalText.sanitize("x\u{9B}y\u{202E}z") == "x\\u{9b}y\\u{202e}z")
        #expect(TerminalText.sanitize("tab\there") == "tab here")
    }

    @Test func chineseCharactersAreTwoColumns() {
        #expect(DisplayWidth.of("行政许可") == 8)
        #expect(DisplayWidth.of("XK-001") == 6)
        #expect(DisplayWidth.of("宗教处A") == 7)
        #expect(DisplayWidth.of("，（）") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining accent takes no column")
    }

    @Test func truncationCutsAtCharacterBoundariesWithAnEllipsis() {
        #expect(DisplayWidth.truncate("对擅自举行大型宗教活动的行政处罚", to: 10) == "对擅自举…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("对擅自举行大型宗教活动的行政处罚", to: 10)) == 9)
        #expect(DisplayWidth.truncate("短", to: 10) == "短")
        #expect(DisplayWidth.truncate("ab宗教", to: 4) == "ab…")
        #expect(DisplayWidth.pad("宗教处", to: 8) == "宗教处  ")
    }

    @Test func wrappingKeepsAmountsAndIdentityNumbersWhole() {
        let lines = DisplayWidth.wrap("罚款超出幅度（100000元至150000元）统一社会信用代码 91320600MA1XB2C3D6", to: 20)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.contains { $0.contains("150000") })
        #expect(lines.contains { $0.hasPrefix("91320600MA1XB2C3D6") })
        // A run longer than the width still breaks, rather than overflowing.
        #expect(DisplayWidth.wrap(String(repeating: "9", count: 25), to: 10) == ["9999999999", "9999999999", "99999"])
    }
}
