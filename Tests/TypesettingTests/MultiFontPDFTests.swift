import Foundation
import Testing
@testable import Typesetting

/// Several embedded faces in one PDF: GB/T 9704 role faces and per-character fallbacks, read
/// back with poppler.
@Suite struct MultiFontPDFTests {
    /// pdffonts' rows: name, then the rest of the line.
    static func fonts(of url: URL) throws -> [(name: String, line: String)] {
        try Fixture.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2).map { line in
            (String(line.split(separator: " ").first ?? ""), String(line))
        }
    }

    static func embeddedSubsetWithUnicode(_ line: String) -> Bool {
        line.contains(/\syes\s+yes\s+yes\s+\d+\s+0/)
    }

    @Test func aRareCharacterInANameIsSetInAFallbackFaceNotAsABox() throws {
        let typesetter = try PDFTypesetter(library: FontLibrary(environment: [:]))
        let document = TypesetDocument(title: "送达回证", blocks: [
            .title("送达回证"), .plain("受送达人：吉𠮷祥（身份证号码32060219800101001X）"), .paragraph("已于2026年3月16日送达。⚖"),
        ])
        let output = try typesetter.typeset(document)
        #expect(output.missingCharacters.isEmpty)
        #expect(output.missingCharactersWarning == nil)
        let url = try Fixture.write(output.data)
        defer { Fixture.remove(url) }
        let text = Fixture.withoutWhitespace(try Fixture.text(of: url))
        #expect(text.contains("受送达人：吉𠮷祥"), "\(text)")
        #expect(text.contains("送达。⚖"))
        let fonts = try Self.fonts(of: url)
        #expect(fonts.count == 3, "\(fonts)")
        #expect(fonts.contains { $0.name.hasSuffix("+ARPLUMingCN") })
        #expect(fonts.allSatisfy { Self.embeddedSubsetWithUnicode($0.line) }, "\(fonts)")
        // The same document with the general font alone prints the boxes and says so.
        let alone = try PDFTypesetter(font: typesetter.font).typeset(document)
        #expect(alone.missingCharacters == ["𠮷", "⚖"])
        #expect(alone.missingCharactersWarning?.text(.zh).contains("𠮷") == true)
    }

    @Test func aCharacterNoInstalledFontHasIsStillABoxWithAWarning() throws {
        let typesetter = try PDFTypesetter(library: FontLibrary(environment: [:]))
        let output = try typesetter.typeset(TypesetDocument(title: "t", blocks: [.paragraph("私用区字符\u{10FFFD}。")]))
        #expect(output.missingCharacters == ["\u{10FFFD}"])
        #expect(output.missingCharactersWarning != nil)
        let url = try Fixture.write(output.data)
        defer { Fixture.remove(url) }
        #expect(try Self.fonts(of: url).count == 1)
    }

    @Test func titleHeadingAndBodyAreSetInTheirOwnFaces() throws {
        let preferences = FontPreferences(
            general: ["AR PL UMing CN"], language: "zh-cn",
            roles: [.title: ["Noto Serif CJK SC"], .heading: ["Noto Sans CJK SC"], .body: []])
        let typesetter = try PDFTypesetter(library: FontLibrary(environment: [:], preferences: preferences))
        let document = SampleDocuments.penaltyDecision()
        let output = try typesetter.typeset(document)
        let url = try Fixture.write(output.data)
        defer { Fixture.remove(url) }
        let fonts = try Self.fonts(of: url)
        let names = fonts.map { String($0.name.drop { $0 != "+" }.dropFirst()) }
        #expect(Set(names) == ["ARPLUMingCN", "NotoSerifCJKSC", "NotoSansCJKSC"], "\(fonts)")
        #expect(fonts.allSatisfy { Self.embeddedSubsetWithUnicode($0.line) }, "\(fonts)")
        #expect(fonts.filter { $0.line.contains("CID Type 0C") }.count == 2, "the Noto faces are CFF")
        let text = Fixture.withoutWhitespace(try Fixture.text(of: url))
        for sentence in SampleDocuments.sentences {
            #expect(text.contains(Fixture.withoutWhitespace(sentence)), "missing: \(sentence)")
        }
        #expect(text.contains("行政处罚决定书"))
        // The title's own face is not stroked bold; the general font's would be.
        let pages = try DocumentLayouter(fonts: typesetter.fonts).layout(document)
        let titleRun = pages.first?.compactMap { element -> GlyphRun? in
            if case .text(let run) = element, run.text == "行政处罚决定书" { return run }
            return nil
        }.first
        #expect(titleRun?.bold == false)
        #expect(titleRun?.characters.allSatisfy { typesetter.fonts.faces[$0.face].familyName == "Noto Serif CJK SC" } == true)
    }

    @Test func oneFontGivesTheSameSingleFontFileAsBefore() throws {
        let output = try Fixture.typesetter().typeset(SampleDocuments.penaltyDecision())
        let text = String(decoding: output.data, as: UTF8.self)
        #expect(text.contains("/Resources << /Font << /F1 4 0 R >> >>"))
        #expect(text.contains("/CIDToGIDMap 9 0 R"))
        #expect(!text.contains("/F2"))
    }

    @Test func widthArraysGroupConsecutiveCodes() {
        #expect(PDFDocumentWriter.widthArray([0: 1000, 1: 500, 2: 1000]) == "0 [1000 500 1000]")
        #expect(PDFDocumentWriter.widthArray([0: 1000, 7: 500, 8: 250, 40: 1000]) == "0 [1000] 7 [500 250] 40 [1000]")
        #expect(PDFDocumentWriter.widthArray([:]) == "")
    }
}
