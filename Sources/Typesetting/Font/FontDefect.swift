import Localization

/// What is structurally wrong with font bytes. Parsing code throws this (typed, cheap, no path
/// known yet); the loader wraps it into a `TypesettingError` that names the file.
enum FontDefect: Error, Sendable, Hashable {
    case notFont
    case postScriptOutlines
    case fileTruncated
    case truncated(table: String)
    case missingTable(String)
    case invalidValue(table: String)
    case noUnicodeMap
    case badGlyph(Int)

    var message: Message {
        switch self {
        case .notFont: Message(TypesettingPhrases.defectNotFont)
        case .postScriptOutlines: Message(TypesettingPhrases.defectPostScriptOutlines)
        case .fileTruncated: Message(TypesettingPhrases.defectFileTruncated)
        case .truncated(let table): TypesettingPhrases.defectTruncated(table)
        case .missingTable(let table): TypesettingPhrases.defectMissingTable(table)
        case .invalidValue(let table): TypesettingPhrases.defectInvalidValue(table)
        case .noUnicodeMap: Message(TypesettingPhrases.defectNoUnicodeMap)
        case .badGlyph(let glyph): TypesettingPhrases.defectBadGlyph(glyph)
        }
    }
}
