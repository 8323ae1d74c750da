/// Where a face's glyph shapes live: TrueType `glyf`/`loca`, which our own subsetter cuts, or a
/// `CFF ` table, which HarfBuzz cuts and which a PDF addresses by CID (see `CompactFontCharset`).
enum GlyphOutlines: Sendable {
    case trueType(locations: ByteReader, glyphs: ByteReader)
    /// The CID of each glyph id, nil when the font is not CID-keyed.
    case compact(cids: [UInt16]?)
}
