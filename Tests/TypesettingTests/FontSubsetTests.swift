import Foundation
import Testing
@testable import Typesetting

/// The subset font program: a well-formed sfnt holding only what is needed.
@Suite struct FontSubsetTests {
    static func tables(_ program: Data) throws -> [String: Range<Int>] {
        try TableDirectory(file: ByteReader(program, name: "subset"), faceOffset: 0).tables
    }

    @Test func subsetKeepsOnlyOutlineTablesAndTheUsedGlyphs() throws {
        let font = try Fixture.font()
        let glyphs = Set("行政处罚决定书2026".compactMap { font.glyph(for: $0) })
        let subset = try FontSubsetter.subset(font, glyphs: glyphs)
        let tables = try Self.tables(subset.program)
        #expect(Set(tables.keys) == ["glyf", "loca", "hmtx", "head", "hhea", "maxp"], "no bitmaps, no layout tables")
        #expect(subset.originalGlyphs.first == 0, ".notdef stays glyph 0")
        #expect(Set(subset.originalGlyphs) == glyphs.union([0]), "no composites among these, so nothing else")
        let reader = ByteReader(subset.program, name: "subset")
        let maxp = try #require(tables["maxp"])
        #expect(Int(try reader.u16(maxp.lowerBound + 4)) == subset.originalGlyphs.count)
        let hhea = try #require(tables["hhea"])
        #expect(Int(try reader.u16(hhea.lowerBound + 34)) == subset.originalGlyphs.count)
        let loca = try #require(tables["loca"])
        #expect(loca.count == 4 * (subset.originalGlyphs.count + 1))
        // Each glyph's outline is the original's, byte for byte.
        for (new, original) in subset.originalGlyphs.enumerated() {
            let start = Int(try reader.u32(loca.lowerBound + 4 * new))
            let end = Int(try reader.u32(loca.lowerBound + 4 * new + 4))
            let glyf = try #require(tables["glyf"])
            let bytes = subset.program[(glyf.lowerBound + start)..<(glyf.lowerBound + end)]
            let originalBytes = try font.glyphData(original).allBytes()
            #expect(Array(bytes.prefix(originalBytes.count)) == Array(originalBytes))
            #expect(end - start - originalBytes.count < 4, "only alignment padding added")
            let hmtx = try #require(tables["hmtx"])
            #expect(Int(try reader.u16(hmtx.lowerBound + 4 * new)) == font.advance(of: original))
        }
    }

    @Test func checksumsAreRight() throws {
        let font = try Fixture.font()
        let subset = try FontSubsetter.subset(font, glyphs: Set("中文".compactMap { font.glyph(for: $0) }))
        let bytes = [UInt8](subset.program)
        #expect(FontSubsetter.checksum(bytes) == 0xB1B0_AFBA, "head checkSumAdjustment balances the file")
        let reader = ByteReader(subset.program, name: "subset")
        let count = Int(try reader.u16(4))
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = TableDirectory.tagName(try reader.u32(record))
            let offset = Int(try reader.u32(record + 8))
            let length = Int(try reader.u32(record + 12))
            var table = Array(bytes[offset..<(offset + length)])
            if tag == "head" { table.replaceSubrange(8..<12, with: [0, 0, 0, 0]) }
            #expect(FontSubsetter.checksum(table) == (try reader.u32(record + 4)), "\(tag)")
        }
    }

    @Test func compositeGlyphsBringTheirComponentsAndAreRenumbered() throws {
        let font = try Fixture.font()
        // Find composite glyphs in the face (it has some: maxp allows components).
        var composites: [UInt16] = []
        var glyph = 1
        while composites.count < 3, glyph < font.metrics.glyphCount {
            let outline = try font.glyphData(UInt16(glyph))
            if outline.count >= 10, try outline.i16(0) < 0 { composites.append(UInt16(glyph)) }
            glyph += 1
        }
        try #require(!composites.isEmpty)
        let subset = try FontSubsetter.subset(font, glyphs: Set(composites))
        let reader = ByteReader(subset.program, name: "subset")
        let tables = try Self.tables(subset.program)
        let loca = try #require(tables["loca"])
        let glyf = try #require(tables["glyf"])
        for composite in composites {
            let originalComponents = try FontSubsetter.components(of: try font.glyphData(composite), glyph: composite)
            for component in originalComponents { #expect(subset.newGlyph[component] != nil) }
            let new = try #require(subset.newGlyph[composite])
            let start = Int(try reader.u32(loca.lowerBound + 4 * Int(new)))
            let end = Int(try reader.u32(loca.lowerBound + 4 * Int(new) + 4))
            let outline = try reader.region(glyf.lowerBound + start, end - start)
            let rewritten = try FontSubsetter.components(of: outline, glyph: new)
            #expect(rewritten == originalComponents.compactMap { subset.newGlyph[$0] })
        }
    }

    @Test func centredFullStopIsRedrawnAtTheLowerLeft() throws {
        let font = try Fixture.font()
        let stop = try #require(font.glyph(for: "。"))
        let shift = try #require(PunctuationPlacement.shift(for: "。", glyph: stop, in: font))
        #expect(shift.dx < 0 && shift.dy < 0)
        #expect(PunctuationPlacement.shift(for: "，", glyph: try #require(font.glyph(for: "，")), in: font) == nil)
        let subset = try FontSubsetter.subset(font, glyphs: [stop], shifts: [stop: shift])
        let added = try #require(subset.shiftedGlyph[stop])
        #expect(Int(added) == subset.originalGlyphs.count)
        let reader = ByteReader(subset.program, name: "subset")
        let tables = try Self.tables(subset.program)
        let loca = try #require(tables["loca"])
        let glyf = try #require(tables["glyf"])
        let start = Int(try reader.u32(loca.lowerBound + 4 * Int(added)))
        let outline = try reader.region(glyf.lowerBound + start, 20)
        #expect(try outline.i16(0) == -1)
        #expect(try FontSubsetter.components(of: outline, glyph: added) == [try #require(subset.newGlyph[stop])])
        let original = try font.glyphData(stop)
        #expect(try outline.i16(2) == (try original.i16(2)) + shift.dx)
        #expect(try outline.i16(4) == (try original.i16(4)) + shift.dy)
    }
}
