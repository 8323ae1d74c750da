import Foundation
import Testing

/// Transcripts from the command line (issue 18): `transcript add` with the body on standard
/// input, `list`, `print` as a PDF laid out for signature (read back with poppler: heads, body,
/// the signature line on every page, the closing line on the last), the signed scan filed back
/// with `attach --transcript`, and the archive binding the scan, else the generated transcript.
@Suite struct TranscriptCommandTests {
    static let caseID = "CF2026000002"
    static let heads = ["--head", "started=2026-03-16 08:00", "--head", "ended=2026-03-16 08:50", "--head", "place=本局三楼询问室",
                        "--head", "person=李芳", "--head", "identity=320602198503120028", "--head", "relation=当事人"]

    static func add(_ database: URL, body: String, user: String = "handler", extra: [String] = []) throws -> ChildProcess.Outcome {
        try BinaryHarness.run(["transcript", "add", caseID, "--kind", "询问笔录"] + heads + ["--officer", "handler", "--officer", "handler2",
                               "--recorder", "handler2", "--user", user, "--db", database.path] + extra,
                              environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword], input: body)
    }

    @Test func aTranscriptIsWrittenListedAndPrintedForSignature() throws {
        try BinaryHarness.withTemporaryDirectory("transcript-print") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            // Enough questions and answers for more than one page.
            let body = (1...40).map { "问：第\($0)个问题，活动何时开始？\n答：第\($0)次回答，上午九点开始，约三百人参加。" }.joined(separator: "\n")
            let added = try Self.add(database, body: body)
            #expect(added.exited(0), "\(added.err)")
            #expect(added.out.contains("已制作询问笔录：第 1 号（本案第 1 份）"), "\(added.out)")
            let listed = try BinaryHarness.run(["transcript", "list", Self.caseID, "--db", database.path])
            #expect(listed.out.contains("第 1 号  询问笔录  待签字  2026-03-16 08:00  李承办、赵承办  记录人 赵承办（handler2）"), "\(listed.out)")

            let pdf = directory.appendingPathComponent("笔录.pdf")
            let printed = try BinaryHarness.run(["transcript", "print", "1", "-o", pdf.path, "--db", database.path])
            #expect(printed.exited(0), "\(printed.err)")
            let pages = try ArchiveFilesTests.pageCount(pdf.path)
            #expect(pages >= 2)
            let whole = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            for expected in ["询问笔录", "询问开始时间：2026-03-1608:00", "询问地点：本局三楼询问室", "被询问人：李芳", "身份证件号码：320602198503120028",
                             "执法证号32060020260001", "执法证号32060020260002", "记录人：", "问：第1个问题，活动何时开始？", "答：第40次回答，上午九点开始，约三百人参加。"] {
                #expect(whole.contains(expected), "\(expected) not in \(whole.prefix(600))")
            }
            for page in 1...pages {
                let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]))
                #expect(text.contains("被询问人签名：") && text.contains("执法人员签名："), "page \(page): \(text)")
                #expect(text.contains("以上笔录我已看过，与我说的相符") == (page == pages), "page \(page)")
            }
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func badInputIsRefusedInChineseAndNothingIsStored() throws {
        try BinaryHarness.withTemporaryDirectory("transcript-bad") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let empty = try Self.add(database, body: "   ")
            #expect(empty.exited(1))
            #expect(empty.err.contains("笔录正文是空的"), "\(empty.err)")
            let clerk = try Self.add(database, body: "问：答：", user: "clerk")
            #expect(clerk.exited(1))
            #expect(clerk.err.contains("只有办理本案的执法人员或承办人、科长/处长岗位可以制作询问笔录"), "\(clerk.err)")
            let kind = try BinaryHarness.run(["transcript", "add", Self.caseID, "--kind", "笔录", "--user", "handler", "--db", database.path],
                                             environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword], input: "正文")
            #expect(kind.exited(1))
            #expect(kind.err.contains("没有“笔录”这种笔录"), "\(kind.err)")
            let head = try Self.add(database, body: "正文", extra: ["--head", "place"])
            #expect(head.exited(1))
            #expect(head.err.contains("代码=内容"), "\(head.err)")
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM case_transcript") == "0")
        }
    }

    @Test func theArchiveBindsTheSignedScanElseTheGeneratedTranscript() throws {
        try BinaryHarness.withTemporaryDirectory("transcript-archive") { directory in
            let home = directory.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let environment = ["HOME": home.path, "POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let database = try BinaryHarness.demoDatabase(in: directory)
            #expect(try Self.add(database, body: "问：签过字的那一份。\n答：是。").exited(0))
            #expect(try Self.add(database, body: "问：还没签字的第二份。\n答：对。").exited(0))
            let scan = home.appendingPathComponent("签字扫描.png")
            try ArchiveFilesTests.png.write(to: scan)
            let filed = try BinaryHarness.run(["attach", Self.caseID, scan.path, "--transcript", "1", "--user", "handler", "--db", database.path],
                                              environment: environment)
            #expect(filed.exited(0), "\(filed.err)")
            #expect(filed.out.contains("作为第 1 号询问笔录的签字件归档"), "\(filed.out)")
            let both = try BinaryHarness.run(["attach", Self.caseID, scan.path, "--transcript", "1", "--evidence", "x", "--user", "handler",
                                              "--db", database.path], environment: environment)
            #expect(both.exited(2))
            #expect(try BinaryHarness.run(["transcript", "list", Self.caseID, "--db", database.path]).out.contains("已附签字件"))

            let archive = directory.appendingPathComponent("archive.pdf")
            let written = try BinaryHarness.run(["doc", "archive", Self.caseID, "-o", archive.path, "--db", database.path])
            #expect(written.exited(0), "\(written.err)")
            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [archive.path, "-"]))
            #expect(text.contains("笔录：第1号询问笔录（签字件）"), "\(text.suffix(1500))")
            #expect(text.contains("笔录：第2号询问笔录（未附签字件，收入系统生成件）"))
            // The unsigned one's pages are in the archive; the signed one is there as its scan.
            #expect(text.contains("问：还没签字的第二份。"))
            #expect(!text.contains("问：签过字的那一份。"))
            let images = try DocumentCommandTests.poppler("pdfimages", ["-list", archive.path])
            #expect(images.contains("   40    30 "), "\(images)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
