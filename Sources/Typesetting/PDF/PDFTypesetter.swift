import Foundation

/// The module's front door: a document in, A4 PDF bytes out, set to GB/T 9704 with the faces
/// used embedded as subsets. Holds only immutable, shared fonts (and the thread-safe library
/// that finds fallback faces), so one typesetter can serve every thread.
public struct PDFTypesetter: Sendable {
    public let fonts: FontSet
    /// Asked, per document, for faces that have the characters `fonts` lacks; nil sets such
    /// characters as boxes straight away.
    public let library: FontLibrary?

    /// The general font.
    public var font: TrueTypeFont { fonts.general }

    /// Everything in one font, no fallback.
    public init(font: TrueTypeFont) {
        self.init(fonts: FontSet(font: font))
    }

    public init(fonts: FontSet, library: FontLibrary? = nil) {
        self.fonts = fonts
        self.library = library
    }

    /// The faces the library finds (general font, GB/T 9704 faces), with per-character fallback.
    public init(library: FontLibrary) throws {
        self.init(fonts: try library.fontSet(), library: library)
    }

    /// The PDF bytes.
    public func render(_ document: TypesetDocument) throws -> Data {
        try typeset(document).data
    }

    /// How many pages `render` will produce, from layout alone (no PDF is written).
    public func pageCount(_ document: TypesetDocument) -> Int {
        DocumentLayouter(fonts: fonts(for: document)).layout(document).count
    }

    /// The PDF together with its page count and the characters no face could draw, from one
    /// layout pass.
    public func typeset(_ document: TypesetDocument) throws -> TypesetOutput {
        let fonts = fonts(for: document)
        let pages = DocumentLayouter(fonts: fonts).layout(document)
        let data = try PDFDocumentWriter(fonts: fonts, geometry: .standard).write(pages: pages, document: document)
        return TypesetOutput(data: data, pageCount: pages.count, missingCharacters: Self.missingCharacters(in: pages))
    }

    /// The set completed with fallback faces for the characters of `document` it cannot draw.
    func fonts(for document: TypesetDocument) -> FontSet {
        guard let library else { return fonts }
        var seen = Set<Character>()
        var lacking: [Character] = []
        for character in TextNormalizer.normalize(document.allText) where !character.isWhitespace {
            if seen.insert(character).inserted, !fonts.covers(character) { lacking.append(character) }
        }
        guard !lacking.isEmpty else { return fonts }
        return fonts.adding(fallbacks: library.fallbackFonts(for: lacking))
    }

    static func missingCharacters(in pages: [[PageElement]]) -> [Character] {
        var seen = Set<Character>()
        var missing: [Character] = []
        for page in pages {
            for case .text(let run) in page {
                for shaped in run.characters where shaped.isMissing && !shaped.character.isWhitespace {
                    if seen.insert(shaped.character).inserted { missing.append(shaped.character) }
                }
            }
        }
        return missing
    }
}
