import Foundation
import Testing

/// Fonts end to end through the binary: `config show` names the faces fontconfig found, a rare
/// character in a party's name reaches the PDF in a fallback face, and a CFF font given by its
/// family name is embedded.
@Suite(.serialized) struct FontCommandTests {
    @Test func configShowNamesTheFacesInUse() throws {
        let shown = try BinaryHarness.run(["config", "show", "--lang", "en"])
        #expect(shown.exited(0), "\(shown.err)")
        #expect(shown.out.contains("General Chinese font (chosen through fontconfig): AR PL UMing CN (/usr/share/fonts/truetype/arphic/uming.ttc)"), "\(shown.out)")
        #expect(shown.out.contains("Body (GB/T 9704: FangSong): not installed (looked for 仿宋_GB2312"), "\(shown.out)")
        let named = try BinaryHarness.run(["config", "show"], environment: ["POWERDESK_FONT": "Noto Serif CJK SC"])
        #expect(named.out.contains("font: Noto Serif CJK SC  # 环境变量 POWERDESK_FONT"), "\(named.out)")
        #expect(named.out.contains("通用中文字体（经 fontconfig 选定）：Noto Serif CJK SC"), "\(named.out)")
        let wrong = try BinaryHarness.run(["config", "show"], environment: ["POWERDESK_FONT": "不存在的仿宋"])
        #expect(wrong.exited(0))
        #expect(wrong.out.contains("字体不可用：POWERDESK_FONT（配置项 font）指定的字体族“不存在的仿宋”未安装"), "\(wrong.out)")
    }

    @Test func aRareCharacterInAPartysNameIsPrintedNotBoxed() throws {
        try BinaryHarness.withTemporaryDirectory("font-rare") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let name = "𠮷祥文化传播有限公司"
            let open = BinaryHarness.openLicenceLine(request: "rare-1", subject: "生僻字").replacingOccurrences(of: "某文化传播有限公司", with: name)
            let opened = try BinaryHarness.batch([open], user: "clerk", database: database)
            let caseID = try #require(opened.out.firstMatch(of: /"case":"([A-Z]{2}\d{10})"/)?.output.1, "\(opened.out) \(opened.err)")
            let accepted = try BinaryHarness.batch([BinaryHarness.actLine(case: String(caseID), action: "accept")], user: "clerk", database: database)
            #expect(accepted.exited(0), "\(accepted.out) \(accepted.err)")
            let listed = try BinaryHarness.run(["doc", "list", String(caseID), "--db", database.path])
            let reference = try #require(listed.out.firstMatch(of: /\S+〔\d{4}〕\d+号/)?.output, "\(listed.out)")
            let pdf = directory.appendingPathComponent("notice.pdf")
            let written = try BinaryHarness.run(["doc", "pdf", String(reference), "-o", pdf.path, "--db", database.path])
            #expect(written.exited(0), "\(written.err)")
            #expect(!written.err.contains("方框") && !written.out.contains("方框"), "\(written.out) \(written.err)")
            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(text.contains(name), "\(text)")
            let fonts = try DocumentCommandTests.poppler("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
            #expect(fonts.count == 2, "\(fonts)")
        }
    }

    @Test func aCFFFamilyNamedInTheEnvironmentIsEmbedded() throws {
        try BinaryHarness.withTemporaryDirectory("font-cff") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let pdf = directory.appendingPathComponent("decision.pdf")
            let written = try BinaryHarness.run(
                ["doc", "pdf", DocumentCommandTests.decision, "-o", pdf.path, "--db", database.path],
                environment: ["POWERDESK_FONT": "Noto Serif CJK SC"])
            #expect(written.exited(0), "\(written.err)")
            let fonts = try DocumentCommandTests.poppler("pdffonts", [pdf.path])
            let line = try #require(fonts.split(separator: "\n").last)
            #expect(line.contains("NotoSerifCJKSC") && line.contains("CID Type 0C") && line.contains("yes yes yes"), "\(fonts)")
            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(text.contains("行政处罚决定书") && text.contains(DocumentCommandTests.decision), "\(text.prefix(200))")
        }
    }
}
