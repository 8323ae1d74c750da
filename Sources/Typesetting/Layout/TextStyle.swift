/// How a run of text is set: size, pitch, and whether full-width characters keep to the grid.
struct TextStyle: Sendable, Equatable {
    var size: Double
    /// Advance given to full-width characters (the 28-a-line grid); nil keeps the font's own.
    var gridAdvance: Double?
    var lineHeight: Double
    var bold = false
    /// Which face the text is set in (see `FontSet`); nil is the general font.
    var role: FontRole?
}
