import Foundation
import Localization

/// A rendered document with what a caller may want to tell the user about it.
public struct TypesetOutput: Sendable, Equatable {
    /// The PDF bytes.
    public let data: Data
    public let pageCount: Int
    /// Characters the font lacks, drawn as boxes (still extractable as text); each once.
    public let missingCharacters: [Character]

    /// Public so a PDF bound from several (the case archive with its files) reports as one.
    public init(data: Data, pageCount: Int, missingCharacters: [Character]) {
        self.data = data
        self.pageCount = pageCount
        self.missingCharacters = missingCharacters
    }

    /// The warning to show when some characters print as boxes; nil when all were drawn.
    public var missingCharactersWarning: Message? {
        guard !missingCharacters.isEmpty else { return nil }
        return TypesettingPhrases.missingGlyphs(missingCharacters.map { "“\($0)”" }.joined(separator: " "))
    }
}
