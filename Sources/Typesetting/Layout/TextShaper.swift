/// Turns text into glyphs with advances. Full-width glyphs in grid styles take the grid advance;
/// everything else (Latin letters, digits) keeps the font's own half width.
struct TextShaper: Sendable {
    let font: TrueTypeFont

    func shape(_ text: String, style: TextStyle) -> [ShapedCharacter] {
        let unitsPerEm = Double(font.metrics.unitsPerEm)
        var shaped: [ShapedCharacter] = []
        shaped.reserveCapacity(text.count)
        for character in text {
            let found = font.glyph(for: character)
            let glyph = found ?? font.placeholderGlyph
            let units = Double(font.advance(of: glyph))
            var advance = units / unitsPerEm * style.size
            if let grid = style.gridAdvance, units >= 0.9 * unitsPerEm {
                advance = grid
            }
            shaped.append(ShapedCharacter(character: character, glyph: glyph, advance: advance, isMissing: found == nil))
        }
        return shaped
    }

    /// Baseline below the top of a line: the font's em box centred in the line pitch.
    func baselineOffset(_ style: TextStyle) -> Double {
        let ascent = Double(font.metrics.typoAscender)
        let extent = ascent - Double(font.metrics.typoDescender)
        return (style.lineHeight - style.size) / 2 + style.size * ascent / extent
    }
}
