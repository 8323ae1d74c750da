/// One line's worth of characters at one size, each at its own x (so grid spacing and
/// justification survive into the PDF exactly as laid out).
struct GlyphRun: Sendable, Equatable {
    /// Left edge of the first character, points from the page's left edge.
    var x: Double
    /// Baseline, points down from the top of whatever holds the run (item, then page).
    var baseline: Double
    var size: Double
    var characters: [ShapedCharacter]
    /// x of each character relative to `x`.
    var offsets: [Double]
    var color: RGBColor = .black
    var bold = false

    var width: Double {
        guard let last = characters.last, let offset = offsets.last else { return 0 }
        return offset + last.advance
    }

    var text: String { String(characters.map(\.character)) }
}
