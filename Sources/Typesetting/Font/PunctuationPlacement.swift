/// Fonts of Taiwan descent (AR PL UMing among them, even its "CN" face) draw 。 and 、 in the
/// middle of the character box; mainland usage, which official documents follow, puts them at
/// the lower left like "，". Such glyphs are drawn shifted there (as a composite glyph added to
/// the subset), leaving fonts that already follow mainland usage alone.
enum PunctuationPlacement {
    static let characters: Set<Character> = ["。", "、"]

    /// Where the shifted mark's ink should start, as a share of the em.
    static let targetLeft = 0.1
    static let targetBottom = -0.03

    /// The shift, in font units, for the glyph drawing `character`; nil when none is needed.
    static func shift(for character: Character, glyph: UInt16, in font: TrueTypeFont) -> GlyphShift? {
        guard characters.contains(character), glyph != 0,
              let outline = try? font.glyphData(glyph), outline.count >= 10,
              let contours = try? outline.i16(0), contours > 0,
              let xMin = try? outline.i16(2), let yMin = try? outline.i16(4)
        else { return nil }
        let em = Double(font.metrics.unitsPerEm)
        // Centred marks start right of a quarter em and well above the baseline.
        guard Double(xMin) > 0.25 * em, Double(yMin) > 0.15 * em else { return nil }
        let dx = (targetLeft * em).rounded() - Double(xMin)
        let dy = (targetBottom * em).rounded() - Double(yMin)
        return GlyphShift(dx: Int16(clamping: Int(dx)), dy: Int16(clamping: Int(dy)))
    }
}
