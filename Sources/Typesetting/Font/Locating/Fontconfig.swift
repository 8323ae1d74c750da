import CFontconfig

/// The system's font catalogue through libfontconfig: what is installed, by family, language
/// and character. Linked as a library rather than running `fc-match`, so a query costs no
/// process and sees exactly the configuration and cache every other program on the machine sees.
/// Only fontconfig's default configuration is used (thread-safe since fontconfig 2.10).
enum Fontconfig {
    /// Installed faces, best match first, as fontconfig sorts them for a pattern made of the
    /// given family, language (e.g. "zh-cn", meaning the face covers it fully) and character;
    /// nil parts are left open. Faces that fail the family, language or character test, and
    /// files that are not sfnt fonts (TrueType or OpenType), are left out: fontconfig's sort
    /// lists every font, the nearest first, whether it matches or not. With `languageRequired`
    /// false the language only ranks (a mainland face first for a rare character, where one has it).
    static func faces(
        family: String? = nil, language: String? = nil, character: UInt32? = nil, languageRequired: Bool = true
    ) -> [FontFace] {
        guard FcInit() != 0, let pattern = FcPatternCreate() else { return [] }
        defer { FcPatternDestroy(pattern) }
        if let family { _ = Self.withFcString(family) { FcPatternAddString(pattern, FC_FAMILY, $0) } }
        if let language, let languages = FcLangSetCreate() {
            _ = Self.withFcString(language) { FcLangSetAdd(languages, $0) }
            _ = FcPatternAddLangSet(pattern, FC_LANG, languages)
            FcLangSetDestroy(languages)
        }
        if let character, let characters = FcCharSetCreate() {
            _ = FcCharSetAddChar(characters, character)
            _ = FcPatternAddCharSet(pattern, FC_CHARSET, characters)
            FcCharSetDestroy(characters)
        }
        _ = FcPatternAddInteger(pattern, FC_WEIGHT, Int32(FC_WEIGHT_REGULAR))
        _ = FcPatternAddInteger(pattern, FC_SLANT, Int32(FC_SLANT_ROMAN))
        _ = FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let sorted = FcFontSort(nil, pattern, 0, nil, &result) else { return [] }
        defer { FcFontSetDestroy(sorted) }
        var faces: [FontFace] = []
        for position in 0..<Int(sorted.pointee.nfont) {
            guard let font = sorted.pointee.fonts[position], Self.isSfnt(font),
                  !languageRequired || (language.map({ Self.covers(font, language: $0) }) ?? true),
                  character.map({ Self.covers(font, character: $0) }) ?? true,
                  let face = Self.face(font)
            else { continue }
            if let family, !face.isFamily(family) { continue }
            faces.append(face)
        }
        return faces
    }

    private static func face(_ font: OpaquePointer) -> FontFace? {
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        var index: Int32 = 0
        if FcPatternGetInteger(font, FC_INDEX, 0, &index) != FcResultMatch { index = 0 }
        var families: [String] = []
        var name: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(font, FC_FAMILY, Int32(families.count), &name) == FcResultMatch, let found = name {
            families.append(String(cString: found))
            name = nil
        }
        // Variable-font instances carry their number above the low 16 bits; the face is below.
        return FontFace(path: String(cString: file), index: Int(index & 0xFFFF), families: families)
    }

    /// TrueType or OpenType (glyf or CFF outlines): what `TrueTypeFont` reads.
    private static func isSfnt(_ font: OpaquePointer) -> Bool {
        var format: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch, let format else { return true }
        let name = String(cString: format)
        return name == "TrueType" || name == "CFF"
    }

    private static func covers(_ font: OpaquePointer, language: String) -> Bool {
        var languages: OpaquePointer?
        guard FcPatternGetLangSet(font, FC_LANG, 0, &languages) == FcResultMatch, let languages else { return false }
        return Self.withFcString(language) { FcLangSetHasLang(languages, $0) } == FcLangEqual
    }

    /// Fontconfig takes its strings as unsigned bytes.
    private static func withFcString<Result>(_ text: String, _ body: (UnsafePointer<FcChar8>) -> Result) -> Result {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: FcChar8.self, capacity: text.utf8.count + 1, body)
        }
    }

    private static func covers(_ font: OpaquePointer, character: UInt32) -> Bool {
        var characters: OpaquePointer?
        guard FcPatternGetCharSet(font, FC_CHARSET, 0, &characters) == FcResultMatch, let characters else { return false }
        return FcCharSetHasChar(characters, character) != 0
    }
}
