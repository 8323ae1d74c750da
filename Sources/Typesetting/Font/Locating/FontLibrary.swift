import Foundation

/// Finds and loads the fonts documents are set in, through fontconfig: the general Chinese font
/// (or the one `POWERDESK_FONT` names), the GB/T 9704 faces for each role when installed, and a
/// fallback face for a character no chosen face has. Loaded faces are kept, so one library
/// serves every document of a process; it is shared across threads behind a lock.
public final class FontLibrary: @unchecked Sendable {
    public let preferences: FontPreferences
    /// `POWERDESK_FONT` as given: a file path, or an installed family's name.
    public let override: String?
    private let lock = NSLock()
    private var loaded: [FontFace: TrueTypeFont] = [:]
    private var fallbackFaces: [UInt32: FontFace?] = [:]

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, preferences: FontPreferences = .gbt9704
    ) {
        let override = environment["POWERDESK_FONT"]?.trimmingCharacters(in: .whitespaces)
        self.override = override?.isEmpty == false ? override : nil
        self.preferences = preferences
    }

    /// The general font: `POWERDESK_FONT` when set (a path, or a family that must be installed:
    /// an override that names nothing is an error, so a misconfigured desk is noticed), else the
    /// first installed family of the preferences, else fontconfig's best face for the language.
    public func generalFont() throws -> TrueTypeFont {
        if let override { return try overrideFont(override) }
        var firstFailure: Error?
        for family in preferences.general {
            for face in Fontconfig.faces(family: family) {
                do { return try load(face) } catch { if firstFailure == nil { firstFailure = error } }
            }
        }
        for face in Fontconfig.faces(language: preferences.language) {
            do { return try load(face) } catch { if firstFailure == nil { firstFailure = error } }
        }
        if let firstFailure { throw firstFailure }
        throw TypesettingError.noFontInstalled(families: preferences.general, language: preferences.language)
    }

    /// The faces for a document: the general font, and each role's first installed family.
    /// A role face that fails to load is passed over for the next (and in the end the general
    /// font): a damaged optional face must not stop documents from printing.
    public func fontSet() throws -> FontSet {
        let general = try generalFont()
        var roles: [FontRole: TrueTypeFont] = [:]
        for role in FontRole.allCases {
            roles[role] = preferences.roles[role, default: []].lazy
                .flatMap { Fontconfig.faces(family: $0) }
                .compactMap { try? self.load($0) }
                .first
        }
        return FontSet(general: general, roles: roles)
    }

    /// For each character, the first installed face fontconfig finds that has it (checked in the
    /// face's own cmap too), faces for the preferred language ranked first, each face once; characters no face has are left out. Answers are
    /// remembered per character.
    public func fallbackFonts(for characters: [Character]) -> [TrueTypeFont] {
        var fonts: [TrueTypeFont] = []
        for character in characters {
            guard let scalar = Self.codePoint(of: character), let font = fallbackFont(for: scalar, character: character)
            else { continue }
            if !fonts.contains(where: { $0 === font }) { fonts.append(font) }
        }
        return fonts
    }

    private func fallbackFont(for scalar: UInt32, character: Character) -> TrueTypeFont? {
        let known: FontFace?? = lock.withLock { fallbackFaces[scalar] }
        if let known { return known.flatMap { try? load($0) } }
        var found: (FontFace, TrueTypeFont)?
        for face in Fontconfig.faces(language: preferences.language, character: scalar, languageRequired: false) {
            if let font = try? load(face), font.glyph(for: character) != nil {
                found = (face, font)
                break
            }
        }
        lock.withLock { fallbackFaces[scalar] = .some(found?.0) }
        return found?.1
    }

    /// The one code point a character is drawn from (variation selectors aside), as `glyph(for:)` reads it.
    static func codePoint(of character: Character) -> UInt32? {
        let scalars = character.unicodeScalars.filter { !TrueTypeFont.isVariationSelector($0.value) }
        return scalars.count == 1 ? scalars.first?.value : nil
    }

    private func overrideFont(_ override: String) throws -> TrueTypeFont {
        if override.contains("/") {
            guard FileManager.default.fileExists(atPath: override) else {
                throw TypesettingError.environmentFontMissing(override)
            }
            return try TrueTypeFont.load(path: override, preferredFamily: nil)
        }
        guard let face = Fontconfig.faces(family: override).first else {
            throw TypesettingError.overrideFamilyNotInstalled(override)
        }
        return try load(face)
    }

    private func load(_ face: FontFace) throws -> TrueTypeFont {
        if let font = lock.withLock({ loaded[face] }) { return font }
        let font = try TrueTypeFont.load(path: face.path, faceIndex: face.index)
        lock.withLock { loaded[face] = font }
        return font
    }
}
