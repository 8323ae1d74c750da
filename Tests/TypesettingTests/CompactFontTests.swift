import Foundation
import Testing
@testable import Typesetting

/// OpenType fonts with CFF outlines (Noto CJK, 思源宋体), from `fonts-noto-cjk`: loaded, cut
/// by HarfBuzz, embedded as CIDFontType0 and read back with poppler.
@Suite struct CompactFontTests {
    static func notoSerif() throws -> TrueTypeFont {
        let face = try #require(Fontconfig.faces(family: "Noto Serif CJK SC").first)
        return try TrueTypeFont.load(path: face.path, faceIndex: face.index)
    }

    @Test func loadsACFFCollectionFaceWithItsCIDs() throws {
        let font = try Self.notoSerif()
        #expect(font.familyName == "Noto Serif CJK SC")
        #expect(font.hasCompactOutlines)
        #expect(font.faceIndex > 0, "SC is not the first face of the collection")
        let glyph = try #require(font.glyph(for: "宗"))
        #expect(font.advance(of: glyph) == font.metrics.unitsPerEm)
        #expect(font.placeholderGlyph != 0)
        // What keeping glyph ids in the subset relies on for poppler (see CompactFontSubsetter).
        #expect(font.compactCode(of: glyph) == glyph)
        #expect(throws: FontDefect.self) { try font.glyphData(glyph) }
    }

    @Test func theHarfBuzzSubsetKeepsGlyphIdsAndCIDsAndIsSmall() throws {
        let font = try Self.notoSerif()
        let glyphs = Set("南通市民族宗教事务局".compactMap { font.glyph(for: $0) })
        let program = try #require(CompactFontSubsetter.subset(font, glyphs: glyphs))
        let file = ByteReader(program, name: "subset")
        let directory = try TableDirectory(file: file, faceOffset: 0)
        let cff = try directory.require("CFF ", in: file)
        let metrics = try FontMetrics(
            head: try directory.require("head", in: file), hhea: try directory.require("hhea", in: file),
            maxp: try directory.require("maxp", in: file), os2: nil, post: nil)
        let cids = try #require(try CompactFontCharset.cids(in: cff, glyphCount: metrics.glyphCount))
        for glyph in glyphs {
            #expect(Int(glyph) < cids.count)
            #expect(cids[Int(glyph)] == font.compactCode(of: glyph), "glyph \(glyph)")
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: font.path), options: .alwaysMapped).count
        #expect(program.count * 20 < whole, "subset \(program.count) bytes of \(whole)")
    }

    @Test func aDocumentInACFFFontIsEmbeddedAndReadsBack() throws {
        let typesetter = PDFTypesetter(font: try Self.notoSerif())
        let document = SampleDocuments.penaltyDecision()
        let output = try typesetter.typeset(document)
        #expect(output.missingCharacters.isEmpty)
        let directory = try Fixture.sampleDirectory("cff")
        let url = directory.appendingPathComponent("decision-noto-serif.pdf")
        try output.data.write(to: url)
        try Fixture.run("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", url.path, directory.appendingPathComponent("decision-noto-serif").path])
        let text = Fixture.withoutWhitespace(try Fixture.text(of: url))
        for sentence in SampleDocuments.sentences {
            #expect(text.contains(Fixture.withoutWhitespace(sentence)), "missing: \(sentence)")
        }
        let fonts = try MultiFontPDFTests.fonts(of: url)
        #expect(fonts.count == 1)
        let line = try #require(fonts.first).line
        #expect(line.contains("NotoSerifCJKSC") && line.contains("CID Type 0C"), "\(line)")
        #expect(MultiFontPDFTests.embeddedSubsetWithUnicode(line), "\(line)")
        #expect(output.data.count < 400_000, "\(output.data.count) bytes")
        print("CFF sample: \(url.path), \(output.data.count) bytes")
    }

    /// A damaged CFF table (the bytes of a real subset, changed at random) is an error or a
    /// font, never a crash: its charset is input like any other font bytes.
    @Test func corruptedCFFTablesNeverCrashLoading() throws {
        let font = try Self.notoSerif()
        let glyphs = Set("南通市".compactMap { font.glyph(for: $0) })
        let program = [UInt8](try #require(CompactFontSubsetter.subset(font, glyphs: glyphs)))
        let file = ByteReader(Data(program), name: "subset")
        let cff = try #require(try TableDirectory(file: file, faceOffset: 0).tables["CFF "])
        var generator = SeededGenerator(seed: 13)
        for round in 0..<300 {
            var bytes = program
            for _ in 0..<(1 + round % 8) {
                // Mostly the header, INDEXes, Top DICT and charset at the front of the table.
                let reach = round.isMultiple(of: 3) ? cff.count : min(cff.count, 512)
                bytes[cff.lowerBound + Int.random(in: 0..<reach, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? TrueTypeFont(data: Data(bytes), path: "damaged-\(round).otf", face: .index(0))
        }
        let cut = Data(program.prefix(cff.lowerBound + 40))
        #expect(throws: TypesettingError.self) { try TrueTypeFont(data: cut, path: "cut.otf", face: .index(0)) }
    }

    /// The glyph drawn is the right one, not merely some glyph: "一" renders as a flat stroke and
    /// "丨" as an upright one (a wrong CID would draw another shape, or nothing).
    @Test func theRenderedGlyphsAreTheCharactersShapes() throws {
        let typesetter = PDFTypesetter(font: try Self.notoSerif())
        for (character, flat) in [("一", true), ("丨", false)] {
            let data = try typesetter.render(TypesetDocument(title: "t", blocks: [.paragraph(character)], pageNumbers: false))
            let url = try Fixture.write(data)
            defer { Fixture.remove(url) }
            try Fixture.run("pdftoppm", ["-gray", "-r", "72", url.path, url.deletingPathExtension().path])
            let image = try #require(FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
                .first { $0.hasSuffix(".pgm") })
            let ink = try Self.inkBox(URL(fileURLWithPath: url.deletingLastPathComponent().path).appendingPathComponent(image))
            let box = try #require(ink, "nothing drawn for \(character)")
            if flat { #expect(box.width > 4 * box.height, "\(character): \(box)") } else { #expect(box.height > 4 * box.width, "\(character): \(box)") }
        }
    }

    /// The bounding box of dark pixels in a binary PGM (P5) image.
    static func inkBox(_ url: URL) throws -> (width: Int, height: Int)? {
        let bytes = [UInt8](try Data(contentsOf: url))
        var fields: [Int] = []
        var position = 2
        while fields.count < 3 {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A { position += 1 }
            var value = 0
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                value = value * 10 + Int(bytes[position] - 0x30)
                position += 1
            }
            fields.append(value)
        }
        position += 1
        let (width, height) = (fields[0], fields[1])
        guard bytes.count >= position + width * height else { return nil }
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, -1, -1)
        for y in 0..<height {
            for x in 0..<width where bytes[position + y * width + x] < 128 {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (maxX - minX + 1, maxY - minY + 1)
    }
}
