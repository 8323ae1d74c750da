import Foundation

/// Builds a real subset of a TrueType face: only the glyphs used (plus .notdef and the pieces
/// composite glyphs are built from), renumbered, with `glyf`/`loca`/`hmtx`/`hhea`/`maxp`/`head`
/// rebuilt and hinting tables carried over because glyph instructions may call into them.
/// Everything else (bitmaps, layout tables, the 20 MB of unused outlines) stays behind.
enum FontSubsetter {
    /// Tables copied unchanged when present: glyph programs may depend on them.
    private static let hintingTables = ["cvt ", "fpgm", "prep"]

    private enum ComponentFlag {
        static let argumentsAreWords: UInt16 = 0x0001
        static let argumentsAreOffsets: UInt16 = 0x0002
        static let roundToGrid: UInt16 = 0x0004
        static let useMyMetrics: UInt16 = 0x0200
        static let haveScale: UInt16 = 0x0008
        static let moreComponents: UInt16 = 0x0020
        static let haveXYScale: UInt16 = 0x0040
        static let haveTwoByTwo: UInt16 = 0x0080
    }

    /// `shifts` asks for extra glyphs that draw an original glyph moved by an offset (see
    /// `PunctuationPlacement`); they are appended after the originals as one-component composites.
    static func subset(
        _ font: TrueTypeFont, glyphs wanted: Set<UInt16>, shifts: [UInt16: GlyphShift] = [:]
    ) throws(FontDefect) -> FontSubset {
        let originals = try closure(of: wanted.union([0]).union(shifts.keys), in: font).sorted()
        var newGlyph: [UInt16: UInt16] = [:]
        for (index, glyph) in originals.enumerated() { newGlyph[glyph] = UInt16(index) }

        var glyf = ByteWriter()
        var loca = ByteWriter(capacity: 4 * (originals.count + 1))
        var hmtx = ByteWriter(capacity: 4 * originals.count)
        for glyph in originals {
            loca.u32(UInt32(glyf.count))
            let outline = try font.glyphData(glyph)
            var bytes = [UInt8](outline.allBytes())
            if outline.count >= 10, try outline.i16(0) < 0 {
                try renumberComponents(&bytes, glyph: glyph, reader: outline, newGlyph: newGlyph)
            }
            glyf.append(bytes)
            glyf.padToFour()
            hmtx.u16(UInt16(clamping: font.advance(of: glyph)))
            hmtx.i16(font.leftSideBearing(of: glyph))
        }
        var shiftedGlyph: [UInt16: UInt16] = [:]
        var compositeLimits = (points: 0, contours: 0)
        for (original, shift) in shifts.sorted(by: { $0.key < $1.key }) {
            guard let component = newGlyph[original], originals.count + shiftedGlyph.count < 0xFFFF else { continue }
            let outline = try font.glyphData(original)
            guard outline.count >= 10, try outline.i16(0) > 0 else { continue }
            let contours = Int(try outline.i16(0))
            let points = Int(try outline.u16(10 + 2 * (contours - 1))) + 1
            compositeLimits = (max(compositeLimits.points, points), max(compositeLimits.contours, contours))
            shiftedGlyph[original] = UInt16(originals.count + shiftedGlyph.count)
            loca.u32(UInt32(glyf.count))
            let xMin = try outline.i16(2) &+ shift.dx
            glyf.i16(-1)
            glyf.i16(xMin)
            glyf.i16(try outline.i16(4) &+ shift.dy)
            glyf.i16(try outline.i16(6) &+ shift.dx)
            glyf.i16(try outline.i16(8) &+ shift.dy)
            glyf.u16(ComponentFlag.argumentsAreWords | ComponentFlag.argumentsAreOffsets | ComponentFlag.roundToGrid
                | ComponentFlag.useMyMetrics)
            glyf.u16(component)
            glyf.i16(shift.dx)
            glyf.i16(shift.dy)
            glyf.padToFour()
            hmtx.u16(UInt16(clamping: font.advance(of: original)))
            hmtx.i16(xMin)
        }
        loca.u32(UInt32(glyf.count))

        let count = UInt16(originals.count + shiftedGlyph.count)
        var head = ByteWriter()
        head.append(try font.directory.require("head", in: font.file).allBytes())
        head.set32(0, at: 8)  // checkSumAdjustment, filled in once the whole font is known
        head.set16(1, at: 50)  // long loca offsets
        var hhea = ByteWriter()
        hhea.append(try font.directory.require("hhea", in: font.file).allBytes())
        hhea.set16(count, at: 34)
        var maxp = ByteWriter()
        maxp.append(try font.directory.require("maxp", in: font.file).allBytes())
        maxp.set16(count, at: 4)
        if !shiftedGlyph.isEmpty, maxp.count >= 32 {
            raiseMaximum(&maxp, at: 10, to: compositeLimits.points)
            raiseMaximum(&maxp, at: 12, to: compositeLimits.contours)
            raiseMaximum(&maxp, at: 28, to: 1)  // maxComponentElements
            raiseMaximum(&maxp, at: 30, to: 1)  // maxComponentDepth
        }

        var tables: [String: [UInt8]] = [
            "glyf": glyf.bytes, "loca": loca.bytes, "hmtx": hmtx.bytes,
            "head": head.bytes, "hhea": hhea.bytes, "maxp": maxp.bytes,
        ]
        for tag in hintingTables {
            if let table = try font.directory.optional(tag, in: font.file) {
                tables[tag] = [UInt8](table.allBytes())
            }
        }
        let program = assemble(tables)
        return FontSubset(program: Data(program), originalGlyphs: originals, newGlyph: newGlyph, shiftedGlyph: shiftedGlyph)
    }

    /// Raises a 16-bit maximum in `maxp` to at least `value`.
    private static func raiseMaximum(_ table: inout ByteWriter, at offset: Int, to value: Int) {
        guard offset + 1 < table.count else { return }
        let current = Int(table.bytes[offset]) << 8 | Int(table.bytes[offset + 1])
        if value > current { table.set16(UInt16(clamping: value), at: offset) }
    }

    /// The wanted glyphs plus every glyph their composites refer to, however deep.
    static func closure(of wanted: Set<UInt16>, in font: TrueTypeFont) throws(FontDefect) -> Set<UInt16> {
        var included = Set<UInt16>()
        var pending = Array(wanted)
        while let glyph = pending.popLast() {
            guard Int(glyph) < font.metrics.glyphCount else { throw .badGlyph(Int(glyph)) }
            guard included.insert(glyph).inserted else { continue }
            let outline = try font.glyphData(glyph)
            guard outline.count >= 10, try outline.i16(0) < 0 else { continue }
            for component in try components(of: outline, glyph: glyph) where !included.contains(component) {
                pending.append(component)
            }
        }
        return included
    }

    /// Component glyph ids of a composite glyph, in order.
    static func components(of outline: ByteReader, glyph: UInt16) throws(FontDefect) -> [UInt16] {
        var result: [UInt16] = []
        try walkComponents(outline, glyph: glyph) { _, component in result.append(component) }
        return result
    }

    private static func renumberComponents(
        _ bytes: inout [UInt8], glyph: UInt16, reader: ByteReader, newGlyph: [UInt16: UInt16]
    ) throws(FontDefect) {
        var rewrites: [(Int, UInt16)] = []
        try walkComponents(reader, glyph: glyph) { position, component in
            rewrites.append((position, newGlyph[component] ?? 0))
        }
        for (position, value) in rewrites where position + 1 < bytes.count {
            bytes[position] = UInt8(value >> 8)
            bytes[position + 1] = UInt8(value & 0xFF)
        }
    }

    /// Calls `visit` with the byte position of each component's glyph index and the index itself.
    private static func walkComponents(
        _ outline: ByteReader, glyph: UInt16, _ visit: (Int, UInt16) -> Void
    ) throws(FontDefect) {
        var position = 10
        var flags: UInt16
        var guardCount = 0
        repeat {
            guard outline.contains(position, 4) else { throw .badGlyph(Int(glyph)) }
            flags = try outline.u16(position)
            visit(position + 2, try outline.u16(position + 2))
            position += 4
            position += flags & ComponentFlag.argumentsAreWords != 0 ? 4 : 2
            if flags & ComponentFlag.haveScale != 0 {
                position += 2
            } else if flags & ComponentFlag.haveXYScale != 0 {
                position += 4
            } else if flags & ComponentFlag.haveTwoByTwo != 0 {
                position += 8
            }
            guard position <= outline.count else { throw .badGlyph(Int(glyph)) }
            guardCount += 1
            guard guardCount <= 4096 else { throw .badGlyph(Int(glyph)) }
        } while flags & ComponentFlag.moreComponents != 0
    }

    /// Lays tables out as an sfnt file: sorted directory, four-byte alignment, checksums, and the
    /// head checksum adjustment that makes the whole file sum to the magic number.
    static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted()
        var power = 1
        var log = 0
        while power * 2 <= tags.count {
            power *= 2
            log += 1
        }
        var out = ByteWriter()
        out.u32(0x0001_0000)
        out.u16(UInt16(tags.count))
        out.u16(UInt16(power * 16))
        out.u16(UInt16(log))
        out.u16(UInt16(tags.count * 16 - power * 16))
        var offset = 12 + 16 * tags.count
        var headOffset: Int?
        for tag in tags {
            let table = tables[tag] ?? []
            for byte in tag.utf8.prefix(4) { out.u8(byte) }
            out.u32(checksum(table))
            out.u32(UInt32(offset))
            out.u32(UInt32(table.count))
            if tag == "head" { headOffset = offset }
            offset += (table.count + 3) / 4 * 4
        }
        for tag in tags {
            out.append(tables[tag] ?? [])
            out.padToFour()
        }
        if let headOffset {
            out.set32(0xB1B0_AFBA &- checksum(out.bytes), at: headOffset + 8)
        }
        return out.bytes
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for shift in 0..<4 {
                let byte = index + shift < bytes.count ? bytes[index + shift] : 0
                word |= UInt32(byte) << (24 - 8 * UInt32(shift))
            }
            sum &+= word
            index += 4
        }
        return sum
    }
}
