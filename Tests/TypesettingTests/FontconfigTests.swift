import Foundation
import Localization
import Testing
@testable import Typesetting

/// Finding fonts through the machine's real fontconfig, with the fonts `scripts/install-deps`
/// installs (fonts-arphic-uming, fonts-noto-cjk) and DejaVu, which every Debian has.
@Suite struct FontconfigTests {
    @Test func findsAnInstalledFamilyWithItsFileAndFaceIndex() throws {
        let face = try #require(Fontconfig.faces(family: "AR PL UMing CN").first)
        #expect(face.path == Fixture.umingPath)
        #expect(face.isFamily("ar pl uming cn"))
        let font = try TrueTypeFont.load(path: face.path, faceIndex: face.index)
        #expect(font.familyName == "AR PL UMing CN")
        #expect(Fontconfig.faces(family: "Nonexistent Song PD").isEmpty)
    }

    @Test func facesForALanguageCoverIt() throws {
        let faces = Fontconfig.faces(language: "zh-cn")
        #expect(!faces.isEmpty)
        for face in faces.prefix(5) {
            let font = try TrueTypeFont.load(path: face.path, faceIndex: face.index)
            #expect(font.missingCharacters(in: "南通市民族宗教事务局行政处罚决定书").isEmpty, "\(face)")
        }
    }

    @Test func theGeneralFontIsTheFirstInstalledPreferredFamilyElseTheLanguagesBest() throws {
        #expect(try FontLibrary(environment: [:]).generalFont().familyName == "AR PL UMing CN")
        let preferSerif = FontPreferences(general: ["Nonexistent Song PD", "Noto Serif CJK SC"], language: "zh-cn", roles: [:])
        #expect(try FontLibrary(environment: [:], preferences: preferSerif).generalFont().familyName == "Noto Serif CJK SC")
        let none = FontPreferences(general: [], language: "zh-cn", roles: [:])
        let best = try FontLibrary(environment: [:], preferences: none).generalFont()
        #expect(best.missingCharacters(in: "行政处罚决定书").isEmpty, "\(best.familyName)")
    }

    @Test func powerdeskFontMayNameAnInstalledFamilyAndMustNameOne() throws {
        let named = try TrueTypeFont.locate(environment: ["POWERDESK_FONT": "Noto Sans CJK SC"])
        #expect(named.familyName == "Noto Sans CJK SC")
        let error = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.locate(environment: ["POWERDESK_FONT": "仿宋_PowerDesk测试"])
        }
        #expect(error.message.key == FontPhrases.overrideFamilyNotInstalled.key)
        #expect(error.message.text(.zh).contains("仿宋_PowerDesk测试"))
        #expect(error.message.text(.en).contains("POWERDESK_FONT"))
    }

    @Test func eachRoleTakesItsFirstInstalledFamilyOrTheGeneralFont() throws {
        let preferences = FontPreferences(
            general: ["AR PL UMing CN"], language: "zh-cn",
            roles: [.title: ["Noto Serif CJK SC"], .heading: ["Nonexistent Hei PD", "Noto Sans CJK SC"], .body: ["Nonexistent FangSong PD"]])
        let fonts = try FontLibrary(environment: [:], preferences: preferences).fontSet()
        #expect(fonts.font(for: .title).familyName == "Noto Serif CJK SC")
        #expect(fonts.font(for: .heading).familyName == "Noto Sans CJK SC")
        #expect(fonts.font(for: .body) === fonts.general)
        #expect(fonts.hasOwnFace(.title) && fonts.hasOwnFace(.heading) && !fonts.hasOwnFace(.body))
        #expect(fonts.faces.count == 3)
    }

    /// Without GB/T 9704 faces installed (none is free software), every role is the general font
    /// and documents look as they always did.
    @Test func theStandardTableFallsBackToTheGeneralFontForMissingFaces() throws {
        let fonts = try FontLibrary(environment: [:]).fontSet()
        for role in FontRole.allCases {
            let families = FontPreferences.gbt9704.roles[role] ?? []
            let installed = families.contains { !Fontconfig.faces(family: $0).isEmpty }
            #expect(fonts.hasOwnFace(role) == installed, "\(role)")
            if !installed { #expect(fonts.font(for: role) === fonts.general) }
        }
    }

    @Test func aFallbackFaceIsFoundForACharacterAndRemembered() throws {
        let library = FontLibrary(environment: [:])
        let rare: Character = "𠮷"
        #expect(try library.generalFont().glyph(for: rare) == nil)
        let found = library.fallbackFonts(for: [rare, "⚖", "\u{10FFFD}"])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.glyph(for: rare) != nil || $0.glyph(for: "⚖") != nil })
        let again = library.fallbackFonts(for: [rare])
        #expect(again.count == 1 && again[0] === found[0], "loaded once, kept")
    }
}
