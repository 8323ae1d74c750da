import Foundation

/// Writes laid-out pages as a PDF 1.7 file with the font embedded as a Type0 / CIDFontType2
/// subset (Identity-H, ToUnicode). Output depends only on its input: names and the file /ID come
/// from hashes of the content, and a date appears only when the document gives one.
struct PDFDocumentWriter {
    let font: TrueTypeFont
    let geometry: PageGeometry

    private enum Object {
        static let catalog = 1
        static let pages = 2
        static let info = 3
        static let type0Font = 4
        static let cidFont = 5
        static let descriptor = 6
        static let fontFile = 7
        static let toUnicode = 8
        static let cidToGlyph = 9
        static let firstPage = 10
    }

    func write(pages: [[PageElement]], document: TypesetDocument) throws -> Data {
        let codes = CIDAssignment(pages: pages)
        let subset: FontSubset
        do {
            var shifts: [UInt16: GlyphShift] = [:]
            for entry in codes.entries {
                if let shift = PunctuationPlacement.shift(for: entry.character, glyph: entry.glyph, in: font) {
                    shifts[entry.glyph] = shift
                }
            }
            subset = try FontSubsetter.subset(font, glyphs: Set(codes.entries.map(\.glyph)), shifts: shifts)
        } catch {
            throw TypesettingError.fontDamaged(font.path, error)
        }
        let scale = 1000 / Double(font.metrics.unitsPerEm)
        let widths = ([0] + codes.entries.map(\.glyph)).map { glyph in
            (Double(font.advance(of: glyph)) * scale * 1000).rounded() / 1000
        }

        let contentWriter = PageContentWriter(pageHeight: geometry.height, codes: codes, widths: widths)
        let contents = pages.map(contentWriter.content)

        let tag = Self.subsetTag(subset.originalGlyphs + subset.shiftedGlyph.keys.sorted())
        let familyName = PDFText.name(font.familyName)
        let baseFont = tag + "+" + (familyName.isEmpty ? "Font" : familyName)

        var writer = PDFObjectWriter(objectCount: Object.firstPage - 1 + 2 * pages.count)
        writer.object(Object.catalog, "<< /Type /Catalog /Pages \(Object.pages) 0 R /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>")
        let kids = pages.indices.map { "\(Object.firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        writer.object(Object.pages, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        var info = "<< /Title \(PDFText.utf16Hex(document.title)) /Producer (PowerDesk)"
        if let date = document.creationDate { info += " /CreationDate (\(PDFDate.string(date)))" }
        writer.object(Object.info, info + " >>")

        writer.object(Object.type0Font, """
            << /Type /Font /Subtype /Type0 /BaseFont /\(baseFont) /Encoding /Identity-H \
            /DescendantFonts [\(Object.cidFont) 0 R] /ToUnicode \(Object.toUnicode) 0 R >>
            """)
        let widthList = widths.map(PDFNumber.format).joined(separator: " ")
        writer.object(Object.cidFont, """
            << /Type /Font /Subtype /CIDFontType2 /BaseFont /\(baseFont) \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
            /FontDescriptor \(Object.descriptor) 0 R /DW 1000 /W [0 [\(widthList)]] \
            /CIDToGIDMap \(Object.cidToGlyph) 0 R >>
            """)
        writer.object(Object.descriptor, descriptor(fontName: baseFont, scale: scale))
        let program = [UInt8](subset.program)
        writer.stream(
            Object.fontFile, entries: "/Length1 \(program.count) /Filter /FlateDecode", data: try Flate.compress(program))
        let texts = codes.entries.map { String($0.character) }
        writer.stream(
            Object.toUnicode, entries: "/Filter /FlateDecode",
            data: try Flate.compress(Array(ToUnicodeCMap.build(texts).utf8)))
        var map = ByteWriter(capacity: 2 * (codes.entries.count + 1))
        map.u16(0)
        for entry in codes.entries {
            let shifted = PunctuationPlacement.characters.contains(entry.character) ? subset.shiftedGlyph[entry.glyph] : nil
            map.u16(shifted ?? subset.newGlyph[entry.glyph] ?? 0)
        }
        writer.stream(Object.cidToGlyph, entries: "/Filter /FlateDecode", data: try Flate.compress(map.bytes))

        let mediaBox = "[0 0 \(PDFNumber.format(geometry.width)) \(PDFNumber.format(geometry.height))]"
        for (index, content) in contents.enumerated() {
            let page = Object.firstPage + 2 * index
            writer.object(page, """
                << /Type /Page /Parent \(Object.pages) 0 R /MediaBox \(mediaBox) \
                /Resources << /Font << /\(PageContentWriter.fontResource) \(Object.type0Font) 0 R >> >> \
                /Contents \(page + 1) 0 R >>
                """)
            writer.stream(page + 1, entries: "/Filter /FlateDecode", data: try Flate.compress(content))
        }

        var fingerprint = Array(baseFont.utf8) + Array(info.utf8)
        for content in contents { fingerprint += content }
        return Data(writer.finish(root: Object.catalog, info: Object.info, identifier: MD5.digest(fingerprint)))
    }

    /// Six capital letters from the glyph set: the same subset always gets the same tag, a
    /// different subset (almost surely) a different one, as PDF requires.
    static func subsetTag(_ glyphs: [UInt16]) -> String {
        var bytes: [UInt8] = []
        for glyph in glyphs { bytes += [UInt8(glyph >> 8), UInt8(glyph & 0xFF)] }
        let digest = MD5.digest(bytes)
        return String(decoding: digest.prefix(6).map { UInt8(ascii: "A") + $0 % 26 }, as: UTF8.self)
    }

    private func descriptor(fontName: String, scale: Double) -> String {
        let metrics = font.metrics
        func scaled(_ value: Int) -> String { PDFNumber.format((Double(value) * scale).rounded()) }
        let flags = 4 | (metrics.isFixedPitch ? 1 : 0)
        let stem = 10 + 220 * max(0, metrics.weightClass - 50) / 900
        return """
            << /Type /FontDescriptor /FontName /\(fontName) /Flags \(flags) \
            /FontBBox [\(scaled(metrics.xMin)) \(scaled(metrics.yMin)) \(scaled(metrics.xMax)) \(scaled(metrics.yMax))] \
            /ItalicAngle \(PDFNumber.format(metrics.italicAngle)) /Ascent \(scaled(metrics.ascender)) \
            /Descent \(scaled(metrics.descender)) /CapHeight \(scaled(metrics.capHeight)) /StemV \(stem) \
            /FontFile2 \(Object.fontFile) 0 R >>
            """
    }
}
