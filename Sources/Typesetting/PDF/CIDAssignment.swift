/// The code (CID) each distinct character of one face is drawn with. In a TrueType face every
/// character gets its own CID even when two share a glyph (a missing character drawn as the
/// placeholder box), so the ToUnicode map can give each one back exactly; the CIDToGIDMap then
/// leads each CID to its glyph. A CFF face has no such map in PDF: its CID is the glyph's own
/// (see `TrueTypeFont.compactCode`), and characters sharing a glyph share it.
struct CIDAssignment: Sendable {
    /// Codes ascending: each with the character it gives back and the original glyph.
    let entries: [(code: UInt16, character: Character, glyph: UInt16)]
    private let codes: [Character: UInt16]

    /// The characters drawn in face `face` (every face when nil) on the pages.
    init(pages: [[PageElement]], face: Int? = nil, font: TrueTypeFont? = nil) {
        var glyphs: [Character: UInt16] = [:]
        for page in pages {
            for element in page {
                guard case .text(let run) = element else { continue }
                for shaped in run.characters where glyphs[shaped.character] == nil && (face == nil || shaped.face == face) {
                    glyphs[shaped.character] = shaped.glyph
                }
            }
        }
        // Sorted by code point, so equal documents give equal codes and the ToUnicode map
        // compresses into ranges.
        let sorted = glyphs.sorted { Self.precedes($0.key, $1.key) }.prefix(0xFFFE)
        var codes: [Character: UInt16] = [:]
        var entries: [(code: UInt16, character: Character, glyph: UInt16)] = []
        if let font, font.hasCompactOutlines {
            var seen = Set<UInt16>()
            for (character, glyph) in sorted {
                let code = font.compactCode(of: glyph)
                codes[character] = code
                if seen.insert(code).inserted { entries.append((code, character, glyph)) }
            }
            entries.sort { $0.code < $1.code }
        } else {
            for (index, entry) in sorted.enumerated() {
                let code = UInt16(index + 1)
                codes[entry.key] = code
                entries.append((code, entry.key, entry.value))
            }
        }
        self.entries = entries
        self.codes = codes
    }

    /// The CID of a character; 0 (.notdef) for the impossible case of more than 65534 distinct ones.
    func code(for character: Character) -> UInt16 {
        codes[character] ?? 0
    }

    static func precedes(_ lhs: Character, _ rhs: Character) -> Bool {
        lhs.unicodeScalars.map(\.value).lexicographicallyPrecedes(rhs.unicodeScalars.map(\.value))
    }
}
