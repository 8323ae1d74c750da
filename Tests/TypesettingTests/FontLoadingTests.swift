import Foundation
import Localization
import Testing
@testable import Typesetting

/// Finding and reading fonts: the installed collection, and every way a font file can be wrong.
@Suite struct FontLoadingTests {
    @Test func loadsTheMainlandFaceOfTheCollectionByFamily() throws {
        let font = try Fixture.font()
        #expect(font.familyName == "AR PL UMing CN")
        #expect(font.metrics.unitsPerEm > 0)
        #expect(font.glyph(for: "中") != nil)
        let taiwan = try TrueTypeFont.load(path: Fixture.umingPath, preferredFamily: "AR PL UMing TW")
        #expect(taiwan.familyName == "AR PL UMing TW")
    }

    @Test func locateFindsTheInstalledFontWithoutConfiguration() throws {
        let font = try TrueTypeFont.locate(environment: [:])
        #expect(font.familyName == "AR PL UMing CN")
    }

    @Test func locateHonoursPowerdeskFont() throws {
        let bytes = try MiniFont.bytes(family: "Configured Face")
        let url = try Fixture.write(Data(bytes), name: "configured.ttf")
        defer { Fixture.remove(url) }
        let font = try TrueTypeFont.locate(environment: ["POWERDESK_FONT": url.path])
        #expect(font.familyName == "Configured Face")
    }

    @Test func powerdeskFontPointingAtNothingIsALocalizedError() throws {
        let error = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.locate(environment: ["POWERDESK_FONT": "/nonexistent/font.ttf"])
        }
        #expect(error.message.key == TypesettingPhrases.environmentFontMissing.key)
        #expect(error.message.text(.zh).contains("/nonexistent/font.ttf"))
        #expect(error.message.text(.en).contains("POWERDESK_FONT"))
    }

    @Test func noFontAnywhereSaysWhatWasTriedAndWhatToInstall() throws {
        let preferences = FontPreferences(general: ["Nonexistent Song PD"], language: "x-nonexistent", roles: [:])
        let error = try #require(throws: TypesettingError.self) {
            try FontLibrary(environment: [:], preferences: preferences).generalFont()
        }
        #expect(error.message.key == FontPhrases.noFontInstalled.key)
        let text = error.message.text(.zh)
        #expect(text.contains("fonts-arphic-uming") && text.contains("fonts-noto-cjk"))
        #expect(text.contains("Nonexistent Song PD") && text.contains("x-nonexistent"))
    }

    @Test func aDamagedConfiguredFontReportsTheDamageNotAbsence() throws {
        let url = try Fixture.write(Data("not a font at all".utf8), name: "broken.ttf")
        defer { Fixture.remove(url) }
        let error = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.locate(environment: ["POWERDESK_FONT": url.path])
        }
        #expect(error.message.key == TypesettingPhrases.fontDamaged.key)
    }

    @Test func missingFileAndDirectoryAreLocalizedErrors() throws {
        let missing = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.load(path: "/nonexistent/uming.ttc")
        }
        #expect(missing.message.key == TypesettingPhrases.fontFileMissing.key)
        let directory = try Fixture.temporaryDirectory()
        defer { Fixture.remove(directory) }
        let unreadable = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.load(path: directory.path)
        }
        #expect(unreadable.message.key == TypesettingPhrases.fontUnreadable.key)
    }

    @Test func collectionWithoutTheFamilyListsWhatItHas() throws {
        let error = try #require(throws: TypesettingError.self) {
            try TrueTypeFont.load(path: Fixture.umingPath, preferredFamily: "Nonexistent Song")
        }
        #expect(error.message.key == TypesettingPhrases.fontFaceNotFound.key)
        let text = error.message.text(.en)
        #expect(text.contains("Nonexistent Song"))
        #expect(text.contains("AR PL UMing CN") && text.contains("AR PL UMing TW"))
    }

    @Test func truncatedCollectionFileIsDamagedNotACrash() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixture.umingPath), options: .alwaysMapped)
        let url = try Fixture.write(whole.prefix(200_000), name: "truncated.ttc")
        defer { Fixture.remove(url) }
        let error = try #require(throws: TypesettingError.self) { try TrueTypeFont.load(path: url.path) }
        #expect(error.message.key == TypesettingPhrases.fontDamaged.key)
        #expect(error.message.text(.zh).contains(url.path))
        // Cut at many other points too, including inside headers and directories.
        for length in [0, 3, 11, 12, 40, 300, 1_000, 5_000, 50_000, 3_000_000] {
            #expect(throws: TypesettingError.self) {
                try TrueTypeFont(data: whole.prefix(length), path: "cut-\(length).ttc", preferredFamily: "AR PL UMing CN")
            }
        }
    }

    @Test func randomBytesAreNotAFont() throws {
        var generator = SeededGenerator(seed: 9704)
        for length in [1, 12, 64, 4_096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let error = try #require(throws: TypesettingError.self) {
                try TrueTypeFont(data: Data(bytes), path: "random.bin", preferredFamily: nil)
            }
            #expect(error.message.key == TypesettingPhrases.fontDamaged.key)
        }
    }

    @Test func anOpenTypeHeaderWithoutTablesIsDamagedNotACrash() throws {
        var bytes: [UInt8] = Array("OTTO".utf8) + Array(repeating: 0, count: 8)
        bytes[5] = 0
        let error = try #require(throws: TypesettingError.self) {
            try TrueTypeFont(data: Data(bytes), path: "cff.otf", preferredFamily: nil)
        }
        #expect(error.message.key == TypesettingPhrases.fontDamaged.key)
        #expect(error.message.text(.en).contains("head"))
    }

    @Test func subsetProgramWithACmapIsItselfALoadableFont() throws {
        let font = try TrueTypeFont(data: Data(try MiniFont.bytes()), path: "mini.ttf", preferredFamily: nil)
        #expect(font.familyName == "Mini Test")
        for character in MiniFont.characters {
            #expect(font.glyph(for: character) != nil, "\(character)")
        }
        #expect(font.missingCharacters(in: "中华人民共和国") == [])
        #expect(font.missingCharacters(in: "中华民族") == ["族"])
    }

    /// Corrupted fonts must fail with an error or work, never bring the process down.
    @Test func corruptedFontsNeverCrashLoadingOrRendering() throws {
        let pristine = try MiniFont.bytes()
        let document = TypesetDocument(title: "t", blocks: [.title("行政处罚决定书"), .paragraph("中华人民共和国，2026年。")])
        var generator = SeededGenerator(seed: 15834)
        var loaded = 0
        var rendered = 0
        for round in 0..<400 {
            var bytes = pristine
            let flips = round < 200 ? 1 : 8
            for _ in 0..<flips {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 50 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator))) }
            guard let font = try? TrueTypeFont(data: Data(bytes), path: "fuzz.ttf", preferredFamily: nil) else { continue }
            loaded += 1
            _ = font.missingCharacters(in: "中华人民共和国😀")
            let typesetter = PDFTypesetter(font: font)
            _ = typesetter.pageCount(document)
            if (try? typesetter.render(document)) != nil { rendered += 1 }
        }
        // Most single-byte flips land in outlines and leave a usable font.
        #expect(loaded > 100)
        #expect(rendered > 50)
    }

    @Test func missingCharactersAreReportedOnceAndRenderingStillSucceeds() throws {
        let font = try Fixture.font()
        let text = "当事人😀张某𠀀，😀 \n\t2026年"
        let missing = font.missingCharacters(in: text)
        #expect(missing == ["😀", "𠀀"])
        let output = try PDFTypesetter(font: font).typeset(TypesetDocument(title: "缺字", blocks: [.paragraph(text)]))
        #expect(output.missingCharacters == ["😀", "𠀀"])
        let warning = try #require(output.missingCharactersWarning)
        #expect(warning.key == TypesettingPhrases.missingGlyphs.key)
        #expect(warning.text(.zh).contains("😀") && warning.text(.en).contains("𠀀"))
        let url = try Fixture.write(output.data)
        defer { Fixture.remove(url) }
        // Drawn as a placeholder box, but the text still extracts with the real characters
        // (😀 and 𠀀 lie beyond the BMP: surrogate pairs in the ToUnicode map).
        let extracted = Fixture.withoutWhitespace(try Fixture.text(of: url))
        #expect(extracted.contains("当事人😀张某𠀀，😀2026年"))
    }

    @Test func invisibleCharactersAreNeitherDrawnNorMissing() throws {
        let font = try Fixture.font()
        #expect(font.missingCharacters(in: "中\u{200B}文\u{FEFF}\u{0007}") == [])
        #expect(font.missingCharacters(in: "cafe\u{301}") == [])  // composed to é before lookup
    }
}
