import Foundation

/// A TrueType font program cut down to the glyphs one document uses, with glyphs renumbered.
struct FontSubset: Sendable, Equatable {
    /// The sfnt bytes, ready to embed as FontFile2.
    let program: Data
    /// Original glyph id of each subset glyph, by new id (new id 0 is .notdef).
    let originalGlyphs: [UInt16]
    /// Original glyph id → subset glyph id.
    let newGlyph: [UInt16: UInt16]
    /// Original glyph id → subset id of the extra glyph drawing it shifted, where one was asked for.
    var shiftedGlyph: [UInt16: UInt16] = [:]
}
