/// The code (CID) each distinct character is drawn with. Every character gets its own CID even
/// when two share a glyph (a missing character drawn as the placeholder box), so the ToUnicode
/// map can give each one back exactly.
struct CIDAssignment: Sendable {
    /// By CID - 1: the character and the original glyph that draws it.
    let entries: [(character: Character, glyph: UInt16)]
    private let codes: [Character: UInt16]

    init(pages: [[PageElement]]) {
        var glyphs: [Character: UInt16] = [:]
        for page in pages {
            for element in page {
                guard case .text(let run) = element else { continue }
                for shaped in run.characters where glyphs[shaped.character] == nil {
                    glyphs[shaped.character] = shaped.glyph
                }
            }
        }
        // Sorted by code point, so equal documents give equal codes and the ToUnicode map
        // compresses into ranges.
        let sorted = glyphs.sorted { Self.precedes($0.key, $1.key) }.prefix(0xFFFE)
        entries = sorted.map { ($0.key, $0.value) }
        var codes: [Character: UInt16] = [:]
        for (index, entry) in entries.enumerated() { codes[entry.character] = UInt16(index + 1) }
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
