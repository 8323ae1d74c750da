import Foundation
import Testing
@testable import Typesetting

/// Small building blocks of the PDF and font code.
@Suite struct PrimitivesTests {
    @Test func pdfNumbersHaveAtMostThreeDecimalsAndNoExponent() {
        #expect(PDFNumber.format(0) == "0")
        #expect(PDFNumber.format(595.276) == "595.276")
        #expect(PDFNumber.format(841.89) == "841.89")
        #expect(PDFNumber.format(-12.9375) == "-12.938")
        #expect(PDFNumber.format(0.0004) == "0")
        #expect(PDFNumber.format(1.05) == "1.05")
        #expect(PDFNumber.format(0.007) == "0.007")
        #expect(PDFNumber.format(1e20) == "0")
        #expect(PDFNumber.format(.nan) == "0")
        #expect(PDFNumber.format(15.793) == "15.793")
    }

    @Test func md5MatchesTheReferenceVectors() {
        #expect(PDFText.hex(bytes: MD5.digest([])) == "D41D8CD98F00B204E9800998ECF8427E")
        #expect(PDFText.hex(bytes: MD5.digest(Array("abc".utf8))) == "900150983CD24FB0D6963F7D28E17F72")
        let long = Array("12345678901234567890123456789012345678901234567890123456789012345678901234567890".utf8)
        #expect(PDFText.hex(bytes: MD5.digest(long)) == "57EDF4A22BE3C955AC49DA2E2107B67A")
    }

    @Test func toUnicodeMapsSingleCharactersRangesAndSurrogatePairs() {
        let cmap = ToUnicodeCMap.build(["0", "1", "2", "中", "😀", "é"])
        #expect(cmap.contains("<0001> <0003> <0030>"))
        #expect(cmap.contains("<0004> <4E2D>"))
        #expect(cmap.contains("<0005> <D83DDE00>"))
        #expect(cmap.contains("<0006> <00E9>"))
        #expect(cmap.contains("/CMapName /Adobe-Identity-UCS def"))
        let many = ToUnicodeCMap.build((0..<250).map { String(Character(Unicode.Scalar(0x4E00 + 2 * $0)!)) })
        #expect(many.components(separatedBy: "beginbfchar").count - 1 == 3, "at most 100 entries a block")
    }

    @Test func pdfDatesAreChinaStandardTime() {
        #expect(PDFDate.string(Date(timeIntervalSince1970: 1_773_624_600)) == "D:20260316093000+08'00'")
    }

    @Test func titleMetadataSurvivesAnyScript() {
        #expect(PDFText.utf16Hex("决定书") == "<FEFF51B35B9A4E66>")
        #expect(PDFText.name("AR PL UMing CN") == "ARPLUMingCN")
        #expect(PDFText.name("(bad)/name") == "badname")
    }

    @Test func characterMapFormat4WithDeltasAndGlyphArrays() throws {
        // 'A'...'C' by a wrapping delta (glyphs 1...3), '中' through the glyph array (glyph 7),
        // then the 0xFFFF end segment.
        var sub = ByteWriter()
        for value: UInt16 in [4, 0, 0, 6, 4, 1, 2] { sub.u16(value) }  // header, 3 segments
        for value: UInt16 in [0x43, 0x4E2D, 0xFFFF] { sub.u16(value) }  // endCode
        sub.u16(0)
        for value: UInt16 in [0x41, 0x4E2D, 0xFFFF] { sub.u16(value) }  // startCode
        for value: UInt16 in [0xFFC0, 0, 1] { sub.u16(value) }  // idDelta
        for value: UInt16 in [0, 4, 0] { sub.u16(value) }  // idRangeOffset: 4 bytes on is the array
        sub.u16(7)  // glyphIdArray
        var table = ByteWriter()
        for value: UInt16 in [0, 1, 3, 1] { table.u16(value) }
        table.u32(12)
        table.append(sub.bytes)
        let map = try CharacterMap(cmap: ByteReader(Data(table.bytes), name: "cmap"), glyphCount: 10)
        #expect([0x41, 0x42, 0x43].map { map.glyph(for: $0) } == [1, 2, 3])
        #expect(map.glyph(for: 0x4E2D) == 7)
        #expect(map.glyph(for: 0x44) == 0)
        #expect(map.glyph(for: 0x40) == 0)
        #expect(map.glyph(for: 0x1F600) == 0)
        let small = try CharacterMap(cmap: ByteReader(Data(table.bytes), name: "cmap"), glyphCount: 5)
        #expect(small.glyph(for: 0x4E2D) == 0, "glyph ids beyond the font are treated as missing")
    }

    @Test func cmapWithoutAUnicodeSubtableIsRefused() {
        var table = ByteWriter()
        for value: UInt16 in [0, 1, 1, 0] { table.u16(value) }  // one Mac Roman subtable
        table.u32(12)
        for value: UInt16 in [0, 262, 0] { table.u16(value) }
        #expect(throws: FontDefect.noUnicodeMap) {
            try CharacterMap(cmap: ByteReader(Data(table.bytes), name: "cmap"), glyphCount: 10)
        }
    }
}
