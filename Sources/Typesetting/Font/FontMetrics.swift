import Foundation

/// The global numbers of a face from `head`, `hhea`, `maxp`, `OS/2` and `post`, validated once at
/// load so later glyph lookups can rely on them.
struct FontMetrics: Sendable, Equatable {
    var unitsPerEm: Int
    var glyphCount: Int
    var horizontalMetricCount: Int
    var longLocations: Bool
    var xMin: Int
    var yMin: Int
    var xMax: Int
    var yMax: Int
    /// Vertical extent from `hhea`, as PDF readers expect in the font descriptor.
    var ascender: Int
    var descender: Int
    /// The designed em box (OS/2 typo values, or hhea when absent): where lines are centred.
    var typoAscender: Int
    var typoDescender: Int
    var capHeight: Int
    var weightClass: Int
    var italicAngle: Double
    var isFixedPitch: Bool

    init(head: ByteReader, hhea: ByteReader, maxp: ByteReader, os2: ByteReader?, post: ByteReader?) throws(FontDefect) {
        guard head.count >= 54 else { throw .truncated(table: "head") }
        guard try head.u32(12) == 0x5F0F_3CF5 else { throw .invalidValue(table: "head") }
        unitsPerEm = Int(try head.u16(18))
        guard (16...16384).contains(unitsPerEm) else { throw .invalidValue(table: "head") }
        xMin = Int(try head.i16(36))
        yMin = Int(try head.i16(38))
        xMax = Int(try head.i16(40))
        yMax = Int(try head.i16(42))
        let locationFormat = try head.i16(50)
        guard locationFormat == 0 || locationFormat == 1 else { throw .invalidValue(table: "head") }
        longLocations = locationFormat == 1

        guard maxp.count >= 6 else { throw .truncated(table: "maxp") }
        glyphCount = Int(try maxp.u16(4))
        guard glyphCount >= 1 else { throw .invalidValue(table: "maxp") }

        guard hhea.count >= 36 else { throw .truncated(table: "hhea") }
        ascender = Int(try hhea.i16(4))
        descender = Int(try hhea.i16(6))
        horizontalMetricCount = Int(try hhea.u16(34))
        guard (1...glyphCount).contains(horizontalMetricCount) else { throw .invalidValue(table: "hhea") }

        typoAscender = ascender
        typoDescender = descender
        capHeight = ascender
        weightClass = 400
        if let os2, os2.count >= 78 {
            let typoAscent = Int(try os2.i16(68))
            let typoDescent = Int(try os2.i16(70))
            if typoAscent > 0, typoDescent <= 0, typoAscent - typoDescent <= 4 * unitsPerEm {
                typoAscender = typoAscent
                typoDescender = typoDescent
            }
            weightClass = Int(try os2.u16(4))
            if try os2.u16(0) >= 2, os2.count >= 90 {
                let cap = Int(try os2.i16(88))
                if cap > 0 { capHeight = cap }
            }
        }
        guard typoAscender > typoDescender else { throw .invalidValue(table: "hhea") }

        italicAngle = 0
        isFixedPitch = false
        if let post, post.count >= 16 {
            let fixed = Int32(bitPattern: try post.u32(4))
            italicAngle = Double(fixed) / 65536
            isFixedPitch = try post.u32(12) != 0
        }
    }
}
