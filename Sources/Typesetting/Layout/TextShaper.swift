/// Turns text into glyphs with advances. Full-width glyphs in grid styles take the grid advance;
/// everything else (Latin letters, digits) keeps the font's own half width. Each character is
/// drawn by the style's face, else the general font, else the first fallback face that has it.
struct TextShaper: Sendable {
    let fonts: FontSet

    init(fonts: FontSet) {
        self.fonts = fonts
    }

    init(font: TrueTypeFont) {
        self.init(fonts: FontSet(font: font))
    }

    func shape(_ text: String, style: TextStyle) -> [ShapedCharacter] {
        let primary = fonts.faceIndex(for: style.role)
        var shaped: [ShapedCharacter] = []
        shaped.reserveCapacity(text.count)
        for character in text {
            let found = fonts.glyph(for: character, role: style.role)
            let face = found?.face ?? primary
            let font = fonts.faces[face]
            let glyph = found?.glyph ?? font.placeholderGlyph
            let unitsPerEm = Double(font.metrics.unitsPerEm)
            let units = Double(font.advance(of: glyph))
            var advance = units / unitsPerEm * style.size
            if let grid = style.gridAdvance, units >= 0.9 * unitsPerEm {
                advance = grid
            }
            shaped.append(
                ShapedCharacter(character: character, glyph: glyph, advance: advance, isMissing: found == nil, face: face))
        }
        return shaped
    }

    /// Baseline below the top of a line: the style's em box centred in the line pitch.
    func baselineOffset(_ style: TextStyle) -> Double {
        let font = fonts.font(for: style.role)
        let ascent = Double(font.metrics.typoAscender)
        let extent = ascent - Double(font.metrics.typoDescender)
        return (style.lineHeight - style.size) / 2 + style.size * ascent / extent
    }
}
