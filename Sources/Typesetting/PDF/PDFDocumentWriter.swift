import Foundation

/// Writes laid-out pages as a PDF 1.7 file with each face used embedded as a subset: TrueType
/// outlines as Type0 / CIDFontType2 (FontFile2, CIDToGIDMap), CFF outlines as Type0 /
/// CIDFontType0 (FontFile3 /OpenType, drawn by CID); Identity-H and a ToUnicode map for each.
/// Output depends only on its input: names and the file /ID come from hashes of the content,
/// and a date appears only when the document gives one.
struct PDFDocumentWriter {
    let fonts: FontSet
    let geometry: PageGeometry

    init(fonts: FontSet, geometry: PageGeometry) {
        self.fonts = fonts
        self.geometry = geometry
    }

    init(font: TrueTypeFont, geometry: PageGeometry) {
        self.init(fonts: FontSet(font: font), geometry: geometry)
    }

    private enum Object {
        static let catalog = 1
        static let pages = 2
        static let info = 3
        static let firstFont = 4
    }

    /// One face's objects, numbered from `first`: Type0 font, CIDFont, descriptor, font
    /// program, ToUnicode, and for TrueType the CIDToGIDMap.
    private struct FaceObjects {
        let first: Int
        let compact: Bool
        var type0: Int { first }
        var cidFont: Int { first + 1 }
        var descriptor: Int { first + 2 }
        var program: Int { first + 3 }
        var toUnicode: Int { first + 4 }
        var cidToGlyph: Int { first + 5 }
        var count: Int { compact ? 5 : 6 }
    }

    func write(pages: [[PageElement]], document: TypesetDocument) throws -> Data {
        var used = Set<Int>()
        for page in pages {
            for case .text(let run) in page { used.formUnion(run.characters.map(\.face)) }
        }
        // The general font is always embedded, so even an empty document names a font.
        let faces = used.union([0]).sorted().filter { fonts.faces.indices.contains($0) }
        var resources: [Int: FontResource] = [:]
        var prepared: [(face: Int, font: TrueTypeFont, program: PreparedProgram, objects: FaceObjects)] = []
        var next = Object.firstFont
        for (position, face) in faces.enumerated() {
            let font = fonts.faces[face]
            let program = try prepare(font, pages: pages, face: face)
            let objects = FaceObjects(first: next, compact: font.hasCompactOutlines)
            next += objects.count
            resources[face] = FontResource(name: "F\(position + 1)", codes: program.codes, widths: program.widths)
            prepared.append((face, font, program, objects))
        }
        let firstPage = next

        let contentWriter = PageContentWriter(pageHeight: geometry.height, fonts: resources)
        let contents = pages.map(contentWriter.content)

        var writer = PDFObjectWriter(objectCount: firstPage - 1 + 2 * pages.count)
        writer.object(Object.catalog, "<< /Type /Catalog /Pages \(Object.pages) 0 R /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>")
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        writer.object(Object.pages, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        var info = "<< /Title \(PDFText.utf16Hex(document.title)) /Producer (PowerDesk)"
        if let date = document.creationDate { info += " /CreationDate (\(PDFDate.string(date)))" }
        writer.object(Object.info, info + " >>")

        var baseFonts: [String] = []
        for entry in prepared {
            baseFonts.append(try writeFont(entry.font, program: entry.program, objects: entry.objects, into: &writer))
        }

        let mediaBox = "[0 0 \(PDFNumber.format(geometry.width)) \(PDFNumber.format(geometry.height))]"
        let fontDictionary = prepared.compactMap { entry in
            resources[entry.face].map { "/\($0.name) \(entry.objects.type0) 0 R" }
        }.joined(separator: " ")
        for (index, content) in contents.enumerated() {
            let page = firstPage + 2 * index
            writer.object(page, """
                << /Type /Page /Parent \(Object.pages) 0 R /MediaBox \(mediaBox) \
                /Resources << /Font << \(fontDictionary) >> >> \
                /Contents \(page + 1) 0 R >>
                """)
            writer.stream(page + 1, entries: "/Filter /FlateDecode", data: try Flate.compress(content))
        }

        var fingerprint = Array(baseFonts.joined(separator: " ").utf8) + Array(info.utf8)
        for content in contents { fingerprint += content }
        return Data(writer.finish(root: Object.catalog, info: Object.info, identifier: MD5.digest(fingerprint)))
    }

    /// A face's subset and the codes and widths its text is written with.
    private struct PreparedProgram {
        let codes: CIDAssignment
        let widths: [UInt16: Double]
        /// The font program to embed (sfnt bytes).
        let bytes: [UInt8]
        /// TrueType only: the subset, for the CIDToGIDMap.
        let subset: FontSubset?
        /// Original glyphs in the subset, for its tag.
        let tagGlyphs: [UInt16]
    }

    private func prepare(_ font: TrueTypeFont, pages: [[PageElement]], face: Int) throws -> PreparedProgram {
        let scale = 1000 / Double(font.metrics.unitsPerEm)
        func width(_ glyph: UInt16) -> Double {
            (Double(font.advance(of: glyph)) * scale * 1000).rounded() / 1000
        }
        if font.hasCompactOutlines {
            let glyphs = CIDAssignment(pages: pages, face: face, font: nil).entries.map(\.glyph)
            guard let program = CompactFontSubsetter.subset(font, glyphs: Set(glyphs)) else {
                throw TypesettingError.subsetFailed(font.path)
            }
            let codes = CIDAssignment(pages: pages, face: face, font: font)
            var widths: [UInt16: Double] = [0: width(0)]
            for entry in codes.entries { widths[entry.code] = width(entry.glyph) }
            return PreparedProgram(
                codes: codes, widths: widths, bytes: [UInt8](program), subset: nil, tagGlyphs: Set(glyphs).sorted())
        }
        let codes = CIDAssignment(pages: pages, face: face, font: font)
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
        var widths: [UInt16: Double] = [0: width(0)]
        for entry in codes.entries { widths[entry.code] = width(entry.glyph) }
        return PreparedProgram(
            codes: codes, widths: widths, bytes: [UInt8](subset.program), subset: subset,
            tagGlyphs: subset.originalGlyphs + subset.shiftedGlyph.keys.sorted())
    }

    /// Writes one face's objects; returns its /BaseFont name.
    private func writeFont(
        _ font: TrueTypeFont, program: PreparedProgram, objects: FaceObjects, into writer: inout PDFObjectWriter
    ) throws -> String {
        let familyName = PDFText.name(font.familyName)
        let baseFont = Self.subsetTag(program.tagGlyphs) + "+" + (familyName.isEmpty ? "Font" : familyName)
        writer.object(objects.type0, """
            << /Type /Font /Subtype /Type0 /BaseFont /\(baseFont) /Encoding /Identity-H \
            /DescendantFonts [\(objects.cidFont) 0 R] /ToUnicode \(objects.toUnicode) 0 R >>
            """)
        let map = objects.compact ? "" : " /CIDToGIDMap \(objects.cidToGlyph) 0 R"
        writer.object(objects.cidFont, """
            << /Type /Font /Subtype /\(objects.compact ? "CIDFontType0" : "CIDFontType2") /BaseFont /\(baseFont) \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
            /FontDescriptor \(objects.descriptor) 0 R /DW 1000 /W [\(Self.widthArray(program.widths))]\(map) >>
            """)
        writer.object(objects.descriptor, descriptor(font, fontName: baseFont, objects: objects))
        if objects.compact {
            writer.stream(
                objects.program, entries: "/Subtype /OpenType /Filter /FlateDecode", data: try Flate.compress(program.bytes))
        } else {
            writer.stream(
                objects.program, entries: "/Length1 \(program.bytes.count) /Filter /FlateDecode",
                data: try Flate.compress(program.bytes))
        }
        let texts = program.codes.entries.map { (code: $0.code, text: String($0.character)) }
        writer.stream(
            objects.toUnicode, entries: "/Filter /FlateDecode",
            data: try Flate.compress(Array(ToUnicodeCMap.build(texts).utf8)))
        if let subset = program.subset {
            var map = ByteWriter(capacity: 2 * (program.codes.entries.count + 1))
            map.u16(0)
            for entry in program.codes.entries {
                let shifted = PunctuationPlacement.characters.contains(entry.character) ? subset.shiftedGlyph[entry.glyph] : nil
                map.u16(shifted ?? subset.newGlyph[entry.glyph] ?? 0)
            }
            writer.stream(objects.cidToGlyph, entries: "/Filter /FlateDecode", data: try Flate.compress(map.bytes))
        }
        return baseFont
    }

    /// The /W array's contents: each run of consecutive codes as "first [w w ...]".
    static func widthArray(_ widths: [UInt16: Double]) -> String {
        var parts: [String] = []
        var run: [String] = []
        var runStart: UInt16 = 0
        var previous: UInt16?
        for (code, width) in widths.sorted(by: { $0.key < $1.key }) {
            if let previous, code == previous &+ 1 {
                run.append(PDFNumber.format(width))
            } else {
                if !run.isEmpty { parts.append("\(runStart) [\(run.joined(separator: " "))]") }
                runStart = code
                run = [PDFNumber.format(width)]
            }
            previous = code
        }
        if !run.isEmpty { parts.append("\(runStart) [\(run.joined(separator: " "))]") }
        return parts.joined(separator: " ")
    }

    /// Six capital letters from the glyph set: the same subset always gets the same tag, a
    /// different subset (almost surely) a different one, as PDF requires.
    static func subsetTag(_ glyphs: [UInt16]) -> String {
        var bytes: [UInt8] = []
        for glyph in glyphs { bytes += [UInt8(glyph >> 8), UInt8(glyph & 0xFF)] }
        let digest = MD5.digest(bytes)
        return String(decoding: digest.prefix(6).map { UInt8(ascii: "A") + $0 % 26 }, as: UTF8.self)
    }

    private func descriptor(_ font: TrueTypeFont, fontName: String, objects: FaceObjects) -> String {
        let metrics = font.metrics
        let scale = 1000 / Double(metrics.unitsPerEm)
        func scaled(_ value: Int) -> String { PDFNumber.format((Double(value) * scale).rounded()) }
        let flags = 4 | (metrics.isFixedPitch ? 1 : 0)
        let stem = 10 + 220 * max(0, metrics.weightClass - 50) / 900
        return """
            << /Type /FontDescriptor /FontName /\(fontName) /Flags \(flags) \
            /FontBBox [\(scaled(metrics.xMin)) \(scaled(metrics.yMin)) \(scaled(metrics.xMax)) \(scaled(metrics.yMax))] \
            /ItalicAngle \(PDFNumber.format(metrics.italicAngle)) /Ascent \(scaled(metrics.ascender)) \
            /Descent \(scaled(metrics.descender)) /CapHeight \(scaled(metrics.capHeight)) /StemV \(stem) \
            /\(objects.compact ? "FontFile3" : "FontFile2") \(objects.program) 0 R >>
            """
    }
}
