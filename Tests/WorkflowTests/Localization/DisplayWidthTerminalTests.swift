import Localization
import Testing

/// Display width as the terminal measures it: the terminal's function (libc `wcwidth` under the
/// desk's locale) where it knows a code point, the built-in table where it does not (the C
/// locale knows no Chinese), ambiguous-width characters as configured, never more than two.
@Suite struct DisplayWidthTerminalTests {
    @Test func theTerminalsMeasureWinsWhereItKnowsTheCodePoint() {
        let terminal: (Unicode.Scalar) -> Int = { scalar in
            switch scalar.value {
            case 0x2764: 1            // ❤ drawn narrow by this terminal
            case 0x20000: -1          // a rare character the locale does not know
            case 0x1F600: 3           // nonsense from a broken table
            default: 1
            }
        }
        #expect(DisplayWidth.measure("\u{2764}", terminal: terminal, ambiguousWide: false) == 1)
        #expect(DisplayWidth.measure("\u{20000}", terminal: terminal, ambiguousWide: false) == 2)
        #expect(DisplayWidth.measure("\u{1F600}", terminal: terminal, ambiguousWide: false) == 2)
        #expect(DisplayWidth.measure("\u{7}", terminal: terminal, ambiguousWide: false) == 1)
    }

    @Test func ambiguousWidthCharactersAreDoubleOnlyWhenConfigured() {
        for scalar: Unicode.Scalar in ["①", "※", "α", "Ж", "℃"] {
            #expect(DisplayWidth.measure(scalar, terminal: nil, ambiguousWide: false) == 1, "\(scalar)")
            #expect(DisplayWidth.measure(scalar, terminal: { _ in 1 }, ambiguousWide: true) == 2, "\(scalar)")
        }
        // Box drawing stays narrow: the desk's frames are measured as one column each.
        #expect(DisplayWidth.measure("│", terminal: nil, ambiguousWide: true) == 1)
        #expect(DisplayWidth.measure("a", terminal: nil, ambiguousWide: true) == 1)
    }
}
