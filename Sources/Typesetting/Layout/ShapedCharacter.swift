/// One character ready to be placed: the glyph that draws it and how far it moves the pen.
struct ShapedCharacter: Sendable, Equatable {
    var character: Character
    /// Glyph id in the original font; the placeholder glyph when the font lacks the character.
    var glyph: UInt16
    /// Pen advance in points, as laid out (grid width for full-width characters in body text).
    var advance: Double
    var isMissing: Bool
    /// Index in the document's `FontSet` of the face that draws it.
    var face = 0
}
