/// Character classes and input folding shared by the identity rules.
///
/// Works on single ASCII characters through `asciiValue`, so a digit carrying a combining mark
/// ("1\u{301}") is never mistaken for a digit.
enum IdentityCharacters {
    /// Zero-width and byte-order marks that arrive with pasted text and cannot be seen.
    static let invisibles: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    /// Dash look-alikes that Chinese input methods and word processors produce for "-".
    static let dashes: Set<Unicode.Scalar> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}",
    ]

    /// Full-width ASCII to half-width, the ideographic space to a space, dash look-alikes to "-",
    /// invisibles dropped, ASCII letters upper-cased.
    static func fold(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if invisibles.contains(scalar) { continue }
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) {
                value -= 0xFEE0
            } else if value == 0x3000 {
                value = 0x20
            } else if dashes.contains(scalar) {
                value = 0x2D
            }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            if let folded = Unicode.Scalar(value) { scalars.append(folded) }
        }
        return String(scalars)
    }

    static func isSeparator(_ character: Character) -> Bool {
        character == "-" || character.isWhitespace
    }

    /// 0–9 for an ASCII digit, otherwise `nil`.
    static func digitValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, (48...57).contains(ascii) else { return nil }
        return Int(ascii - 48)
    }

    static func isDigit(_ character: Character) -> Bool { digitValue(character) != nil }

    /// A–Z only; input is already upper-cased by `fold`.
    static func isUpperLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (65...90).contains(ascii)
    }

    static func isDigitOrUpperLetter(_ character: Character) -> Bool {
        isDigit(character) || isUpperLetter(character)
    }

    /// A single CJK unified ideograph (basic block, extension A or compatibility block).
    static func isHanCharacter(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// How a refused character is quoted in a message: itself, or `U+XXXX` when it would be
    /// invisible or unprintable on the desk.
    static func shown(_ character: Character) -> String {
        let unprintable = character.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned,
                 .lineSeparator, .paragraphSeparator, .spaceSeparator, .nonspacingMark, .enclosingMark:
                return true
            default:
                return false
            }
        }
        guard unprintable else { return String(character) }
        return character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }
}
