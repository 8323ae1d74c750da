import Localization

/// A typesetting failure explained for the person at the desk: what is wrong and what to do.
/// Font trouble is the only thing that can really go wrong, so every case names the file.
public struct TypesettingError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedArgument {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.text(.zh) }

    static func noFontInstalled(families: [String], language: String) -> TypesettingError {
        TypesettingError(FontPhrases.noFontInstalled(families.joined(separator: ", "), language))
    }

    static func overrideFamilyNotInstalled(_ family: String) -> TypesettingError {
        TypesettingError(FontPhrases.overrideFamilyNotInstalled(family))
    }

    static func subsetFailed(_ path: String) -> TypesettingError {
        TypesettingError(FontPhrases.subsetFailed(path))
    }

    static func environmentFontMissing(_ path: String) -> TypesettingError {
        TypesettingError(TypesettingPhrases.environmentFontMissing(path))
    }

    static func fontFileMissing(_ path: String) -> TypesettingError {
        TypesettingError(TypesettingPhrases.fontFileMissing(path))
    }

    static func fontUnreadable(_ path: String) -> TypesettingError {
        TypesettingError(TypesettingPhrases.fontUnreadable(path))
    }

    static func fontDamaged(_ path: String, _ defect: FontDefect) -> TypesettingError {
        TypesettingError(TypesettingPhrases.fontDamaged(path, defect.message))
    }

    static func faceNotFound(_ path: String, family: String, available: [String]) -> TypesettingError {
        TypesettingError(TypesettingPhrases.fontFaceNotFound(path, family, available.joined(separator: ", ")))
    }

    static func compressionFailed(code: Int32) -> TypesettingError {
        TypesettingError(TypesettingPhrases.compressionFailed(Int(code)))
    }
}
