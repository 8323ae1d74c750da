/// An offset, in font units, at which a glyph is drawn instead of its designed position.
struct GlyphShift: Sendable, Hashable {
    var dx: Int16
    var dy: Int16
}
