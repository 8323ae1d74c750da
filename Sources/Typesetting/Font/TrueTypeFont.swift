import Foundation

/// One face of a TrueType or OpenType font, parsed once and shared: layout asks it for glyphs
/// and advances, the PDF writer cuts a subset out of it (our own subsetter for TrueType outlines,
/// HarfBuzz for CFF ones). Immutable after loading, hence safe across threads.
public final class TrueTypeFont: Sendable {
    /// The file the face was read from.
    public let path: String
    let metrics: FontMetrics
    let names: FontNames
    let characterMap: CharacterMap
    let directory: TableDirectory
    let file: ByteReader
    /// The index of this face in its file (0 for a single-face file), for HarfBuzz.
    let faceIndex: Int
    let outlines: GlyphOutlines
    private let horizontalMetrics: ByteReader
    /// Drawn for characters the font lacks: "□" when the font has one with an outline, else .notdef.
    let placeholderGlyph: UInt16

    /// Reads a `.ttf` or `.ttc`. In a collection the face whose family is `preferredFamily` is
    /// taken (the first face when nil); a single-face file is used whatever its family, since
    /// there is nothing else to choose.
    public static func load(path: String, preferredFamily: String? = "AR PL UMing CN") throws -> TrueTypeFont {
        try load(path: path, face: .family(preferredFamily))
    }

    /// Reads face `faceIndex` of a file, as fontconfig names faces.
    public static func load(path: String, faceIndex: Int) throws -> TrueTypeFont {
        try load(path: path, face: .index(faceIndex))
    }

    static func load(path: String, face: FaceChoice) throws -> TrueTypeFont {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TypesettingError.fontFileMissing(path)
        }
        guard !isDirectory.boolValue,
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        else { throw TypesettingError.fontUnreadable(path) }
        return try TrueTypeFont(data: data, path: path, face: face)
    }

    /// Parses font bytes already in memory; `path` only names the font in error messages.
    convenience init(data: Data, path: String, preferredFamily: String?) throws(TypesettingError) {
        try self.init(data: data, path: path, face: .family(preferredFamily))
    }

    init(data: Data, path: String, face: FaceChoice) throws(TypesettingError) {
        let file = ByteReader(data, name: "font")
        let directory: TableDirectory
        let faceIndex: Int
        do {
            (directory, faceIndex) = try Self.selectFace(in: file, path: path, choice: face)
        } catch let error as TypesettingError {
            throw error
        } catch let defect as FontDefect {
            throw TypesettingError.fontDamaged(path, defect)
        } catch {
            throw TypesettingError.fontDamaged(path, .notFont)
        }
        do throws(FontDefect) {
            let metrics = try FontMetrics(
                head: try directory.require("head", in: file),
                hhea: try directory.require("hhea", in: file),
                maxp: try directory.require("maxp", in: file),
                os2: try directory.optional("OS/2", in: file),
                post: try directory.optional("post", in: file))
            if directory.has("CFF2") { throw .postScriptOutlines }
            let horizontalMetrics = try directory.require("hmtx", in: file)
            guard horizontalMetrics.count >= 4 * metrics.horizontalMetricCount else { throw .truncated(table: "hmtx") }
            let outlines: GlyphOutlines
            if let cff = try directory.optional("CFF ", in: file) {
                outlines = .compact(cids: try CompactFontCharset.cids(in: cff, glyphCount: metrics.glyphCount))
            } else {
                let locations = try directory.require("loca", in: file)
                guard locations.count >= (metrics.glyphCount + 1) * (metrics.longLocations ? 4 : 2) else {
                    throw .truncated(table: "loca")
                }
                outlines = .trueType(locations: locations, glyphs: try directory.require("glyf", in: file))
            }
            let characterMap = try CharacterMap(cmap: try directory.require("cmap", in: file), glyphCount: metrics.glyphCount)
            let box = characterMap.glyph(for: 0x25A1)
            var boxDrawn = box != 0
            if case .trueType(let locations, let glyphs) = outlines {
                let boxRange = try? Self.glyphRange(box, locations: locations, glyphs: glyphs, metrics: metrics)
                boxDrawn = boxDrawn && !(boxRange?.isEmpty ?? true)
            }
            self.path = path
            self.faceIndex = faceIndex
            self.outlines = outlines
            self.file = file
            self.directory = directory
            self.metrics = metrics
            self.names = FontNames(table: try directory.optional("name", in: file))
            self.characterMap = characterMap
            self.horizontalMetrics = horizontalMetrics
            self.placeholderGlyph = boxDrawn ? box : 0
        } catch {
            throw TypesettingError.fontDamaged(path, error)
        }
    }

    /// The face's family as it names itself in English, e.g. "AR PL UMing CN".
    public var familyName: String {
        names.family ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Characters of `text` the font has no glyph for, each once, in order of first appearance.
    /// Spaces, line breaks and invisible format characters are not counted: nothing is drawn for them.
    public func missingCharacters(in text: String) -> [Character] {
        var seen = Set<Character>()
        var missing: [Character] = []
        for character in TextNormalizer.normalize(text) where !character.isWhitespace {
            if glyph(for: character) == nil, seen.insert(character).inserted {
                missing.append(character)
            }
        }
        return missing
    }

    // MARK: Glyph access for layout and subsetting

    /// The glyph that draws `character`, or nil when the font lacks it. A character made of
    /// several code points (other than variation selectors) has no single glyph here.
    func glyph(for character: Character) -> UInt16? {
        var code: UInt32?
        for scalar in character.unicodeScalars where !Self.isVariationSelector(scalar.value) {
            guard code == nil else { return nil }
            code = scalar.value
        }
        guard let code else { return nil }
        let glyph = characterMap.glyph(for: code)
        return glyph == 0 ? nil : glyph
    }

    /// Horizontal advance in font units; glyphs past the last long metric repeat its advance.
    func advance(of glyph: UInt16) -> Int {
        let index = min(Int(glyph), metrics.horizontalMetricCount - 1)
        return Int((try? horizontalMetrics.u16(4 * index)) ?? 0)
    }

    func leftSideBearing(of glyph: UInt16) -> Int16 {
        let index = Int(glyph)
        if index < metrics.horizontalMetricCount {
            return (try? horizontalMetrics.i16(4 * index + 2)) ?? 0
        }
        let offset = 4 * metrics.horizontalMetricCount + 2 * (index - metrics.horizontalMetricCount)
        return (try? horizontalMetrics.i16(offset)) ?? 0
    }

    /// Whether the outlines are PostScript (CFF) ones, which HarfBuzz subsets and a PDF draws by CID.
    var hasCompactOutlines: Bool {
        if case .compact = outlines { return true }
        return false
    }

    /// The code a PDF draws `glyph` with when the font is embedded as a CFF font: its CID in a
    /// CID-keyed font, else the glyph id itself.
    func compactCode(of glyph: UInt16) -> UInt16 {
        guard case .compact(let cids?) = outlines, Int(glyph) < cids.count else { return glyph }
        return cids[Int(glyph)]
    }

    /// The outline bytes of a TrueType glyph (empty for blank glyphs such as the space).
    func glyphData(_ glyph: UInt16) throws(FontDefect) -> ByteReader {
        guard case .trueType(let locations, let glyphs) = outlines else { throw .postScriptOutlines }
        let range = try Self.glyphRange(glyph, locations: locations, glyphs: glyphs, metrics: metrics)
        return try glyphs.region(range.lowerBound, range.count, name: "glyf")
    }

    private static func glyphRange(
        _ glyph: UInt16, locations: ByteReader, glyphs: ByteReader, metrics: FontMetrics
    ) throws(FontDefect) -> Range<Int> {
        let index = Int(glyph)
        guard index < metrics.glyphCount else { throw .badGlyph(index) }
        let start: Int
        let end: Int
        if metrics.longLocations {
            start = Int(try locations.u32(4 * index))
            end = Int(try locations.u32(4 * index + 4))
        } else {
            start = 2 * Int(try locations.u16(2 * index))
            end = 2 * Int(try locations.u16(2 * index + 2))
        }
        guard start <= end, end <= glyphs.count else { throw .badGlyph(index) }
        return start..<end
    }

    static func isVariationSelector(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value)
    }

    // MARK: Choosing a face

    private static func selectFace(in file: ByteReader, path: String, choice: FaceChoice) throws -> (TableDirectory, Int) {
        let offsets = try TableDirectory.faceOffsets(in: file)
        let isCollection = (try? file.u32(0)) == 0x7474_6366
        if case .index(let index) = choice {
            guard offsets.indices.contains(index) else { throw FontDefect.invalidValue(table: "ttcf") }
            return (try TableDirectory(file: file, faceOffset: offsets[index]), index)
        }
        guard isCollection, case .family(let preferredFamily?) = choice else {
            return (try TableDirectory(file: file, faceOffset: offsets[0]), 0)
        }
        var available: [String] = []
        var firstDefect: FontDefect?
        let wanted = preferredFamily.lowercased()
        for (index, offset) in offsets.enumerated() {
            do throws(FontDefect) {
                let directory = try TableDirectory(file: file, faceOffset: offset)
                let names = FontNames(table: try directory.optional("name", in: file))
                if names.families.contains(where: { $0.lowercased() == wanted }) { return (directory, index) }
                if let family = names.family { available.append(family) }
            } catch {
                if firstDefect == nil { firstDefect = error }
            }
        }
        if available.isEmpty, let firstDefect { throw firstDefect }
        throw TypesettingError.faceNotFound(path, family: preferredFamily, available: available)
    }
}
