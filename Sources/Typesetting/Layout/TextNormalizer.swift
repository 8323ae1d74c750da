import Foundation

/// Cleans text before it is measured: composed form (so "é" typed as e + accent is one glyph),
/// one kind of line break, tabs as spaces, and nothing invisible left to show up as a box.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.precomposedStringWithCanonicalMapping {
            switch character {
            case "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": out.append("\n")
            case "\t": out.append(" ")
            case "\n": out.append("\n")
            default:
                if !character.unicodeScalars.allSatisfy(isInvisible) { out.append(character) }
            }
        }
        return out
    }

    /// Control and format characters that draw nothing: C0/C1 controls, zero-width spaces and
    /// joiners, the BOM, the soft hyphen, a stray variation selector.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD
            || (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2060...0x2064).contains(value) || value == 0xFEFF
            || TrueTypeFont.isVariationSelector(value)
    }
}
