import Foundation

/// The module's front door: a document in, A4 PDF bytes out, set to GB/T 9704 with the given
/// font embedded as a subset. Holds only the (immutable, shared) font, so one typesetter can
/// serve every thread.
public struct PDFTypesetter: Sendable {
    public let font: TrueTypeFont

    public init(font: TrueTypeFont) {
        self.font = font
    }

    /// The PDF bytes.
    public func render(_ document: TypesetDocument) throws -> Data {
        try typeset(document).data
    }

    /// How many pages `render` will produce, from layout alone (no PDF is written).
    public func pageCount(_ document: TypesetDocument) -> Int {
        DocumentLayouter(font: font).layout(document).count
    }

    /// The PDF together with its page count and the characters the font could not draw, from
    /// one layout pass.
    public func typeset(_ document: TypesetDocument) throws -> TypesetOutput {
        let pages = DocumentLayouter(font: font).layout(document)
        let data = try PDFDocumentWriter(font: font, geometry: .standard).write(pages: pages, document: document)
        return TypesetOutput(data: data, pageCount: pages.count, missingCharacters: Self.missingCharacters(in: pages))
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
