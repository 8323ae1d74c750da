/// Terminal display width of text, independent of the process locale (tests run in the C
/// locale, where `wcwidth` gives -1 for every Chinese character). East Asian wide and fullwidth
/// characters take two columns, combining marks and zero-width characters none.
public enum DisplayWidth {
    /// How the terminal measures a code point, installed once by the desk after it has set its
    /// locale (libc `wcwidth`, the function ncurses itself places characters by), before anything
    /// is drawn; nil in commands and tests, which use the table below. Written once, from the one
    /// thread that draws.
    nonisolated(unsafe) private static var terminal: (@Sendable (Unicode.Scalar) -> Int)?
    /// Ambiguous-width characters (East Asian Width "A": ①, ※, Greek, Cyrillic, some
    /// punctuation) as two columns, as many Chinese terminal set-ups draw them (config
    /// `ambiguous-width: double`).
    nonisolated(unsafe) private static var ambiguousWide = false

    /// Makes every measure agree with the terminal's own; the desk calls it once at start.
    public static func useTerminal(_ width: (@Sendable (Unicode.Scalar) -> Int)?, ambiguousWide: Bool) {
        terminal = width
        Self.ambiguousWide = ambiguousWide
    }

    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        measure(scalar, terminal: terminal, ambiguousWide: ambiguousWide)
    }

    /// One code point's columns: controls are shown as a one-column stand-in; then the
    /// ambiguous-width choice; then the terminal's function where it knows the code point; the
    /// built-in table otherwise (the C locale's `wcwidth` knows no Chinese). Never more than two.
    public static func measure(_ scalar: Unicode.Scalar, terminal: ((Unicode.Scalar) -> Int)?, ambiguousWide: Bool) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 1 }  // shown as a stand-in symbol
        if ambiguousWide, isAmbiguous(v) { return 2 }
        if let terminal {
            let width = terminal(scalar)
            if width >= 0 { return min(width, 2) }
        }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Width "A" (UAX #11), the ranges Chinese text meets: Latin-1 signs, Greek and
    /// Cyrillic letters, dashes, quotes and daggers, ※, ℃, №, Roman numerals, arrows, maths
    /// signs, circled numbers, geometric shapes, stars, suits, private use, U+FFFD. Box drawing
    /// is left narrow: the desk's frames are drawn with it and measured as one column.
    static func isAmbiguous(_ v: UInt32) -> Bool {
        [0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAE, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xBF,
         0xD7, 0xF7, 0x2010, 0x2013, 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020, 0x2021, 0x2022, 0x2024, 0x2025,
         0x2026, 0x2027, 0x2030, 0x2032, 0x2033, 0x2035, 0x203B, 0x203E, 0x2103, 0x2105, 0x2109, 0x2113, 0x2116, 0x2121, 0x2122,
         0x2126, 0x212B, 0x2605, 0x2606, 0x2609, 0x260E, 0x260F, 0x2640, 0x2642, 0xFFFD].contains(v)
            || (0x0391...0x03A9).contains(v) || (0x03B1...0x03C9).contains(v) || v == 0x0401 || (0x0410...0x044F).contains(v)
            || v == 0x0451 || (0x2160...0x216B).contains(v) || (0x2170...0x2179).contains(v) || (0x2190...0x2199).contains(v)
            || (0x2200...0x22FF).contains(v) || (0x2460...0x24E9).contains(v) || (0x25A0...0x25FF).contains(v)
            || (0x2660...0x266F).contains(v) || (0xE000...0xF8FF).contains(v)
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x0483...0x0489).contains(v) || (0x0591...0x05BD).contains(v)
            || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x200B...0x200F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2060...0x2064).contains(v) || (0x20D0...0x20FF).contains(v)
            || (0xFE00...0xFE0F).contains(v) || (0xFE20...0xFE2F).contains(v) || v == 0xFEFF
            || (0xE0100...0xE01EF).contains(v)
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x231A...0x231B).contains(v) || (0x2329...0x232A).contains(v)
            || (0x23E9...0x23EC).contains(v) || (0x25FD...0x25FE).contains(v) || (0x2614...0x2615).contains(v)
            || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x2FFFD).contains(v)
            || (0x30000...0x3FFFD).contains(v)
    }

    /// Pads with spaces to `width` columns (never cuts).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Cuts to at most `width` columns at a character boundary, ending with "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Breaks text into lines of at most `width` columns. Chinese breaks between any two
    /// characters, but a run of digits and Latin letters (an amount, an ID number, a code) moves
    /// whole to the next line when it fits there; explicit line breaks are kept. `together` says
    /// which characters form such runs (command-line help keeps every non-space ASCII run, an
    /// option like `--db <db>` or a path, together).
    public static func wrap(_ text: String, to width: Int, together: (Character) -> Bool = keptTogether) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for token in tokens(paragraph, together: together) {
                let tokenWidth = of(token)
                if token.count > 1, used > 0, used + tokenWidth > width, tokenWidth <= width {
                    // The word moves down whole, and an opening mark before it ("（") with it.
                    var carry = ""
                    while line.count > 1, let last = line.last, noLineEnd.contains(last) {
                        carry = String(line.removeLast()) + carry
                    }
                    lines.append(line)
                    line = carry
                    used = of(carry)
                }
                for character in token {
                    let w = of(String(character))
                    if used + w > width {
                        // 禁则: closing punctuation never starts a line; the character before it
                        // moves down with it.
                        // 禁则 both ways: closing punctuation never starts a line (the characters
                        // before it move down with it, through a run like "），"), and opening
                        // punctuation never ends one.
                        var carry = ""
                        if noLineStart.contains(character) {
                            repeat {
                                guard line.count > 1, let last = line.popLast() else { break }
                                carry = String(last) + carry
                            } while carry.first.map(noLineStart.contains) == true
                            // A word the carried characters end (an item code before "）") moves
                            // down whole rather than leaving its head behind, when the line keeps
                            // something and the word with the mark fits the next one.
                            if let first = carry.first, together(first) {
                                var head = line
                                var word = ""
                                while let last = head.last, together(last) { word = String(head.removeLast()) + word }
                                if !head.isEmpty, of(word + carry) + w <= width {
                                    line = head
                                    carry = word + carry
                                }
                            }
                        }
                        while line.count > 1, let last = line.last, noLineEnd.contains(last) {
                            carry = String(line.removeLast()) + carry
                        }
                        lines.append(line)
                        line = carry
                        used = of(carry)
                    }
                    line.append(character)
                    used += w
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The 禁则 table the PDF's line breaker uses too.
    static let noLineEnd = LineBreakTable.cannotEndLine

    static let noLineStart = LineBreakTable.cannotStartLine

    /// ASCII letters, digits and `.-_:/`: an amount, an ID number, an item code (`320600-CF-019`),
    /// a file name or path.
    public static func keptTogether(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".-_:/".contains(character))
    }

    /// Single characters, except runs of characters that stay together.
    private static func tokens(_ text: Substring, together: (Character) -> Bool) -> [String] {
        var out: [String] = []
        var word = ""
        for character in text {
            if together(character) {
                word.append(character)
            } else {
                if !word.isEmpty { out.append(word); word = "" }
                out.append(String(character))
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }
}
