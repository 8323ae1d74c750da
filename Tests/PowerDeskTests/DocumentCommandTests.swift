import Foundation
import Testing

/// `powerdesk doc`, end to end on a demo database: the PDF opens in poppler and gives its text
/// back, printing goes through `lp` (a stand-in here) and marks reprints as copies, the archive's
/// contents point at the right pages, and mistakes get clear messages.
@Suite(.serialized) struct DocumentCommandTests {
    static let decision = "通民宗罚决字〔2026〕1号"
    static let closedCase = "CF2025000001"

    /// Runs a poppler tool and returns its standard output.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// A folder with stand-ins for CUPS's `lpstat` and `lp`: the printer "office" is the default,
    /// and `lp` records its arguments instead of printing.
    static func fakeCups(in directory: URL, printer: String?) throws -> (path: String, log: URL) {
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("lp.log")
        let lpstat = printer.map { "#!/bin/sh\necho 'system default destination: \($0)'\n" } ?? "#!/bin/sh\necho 'lpstat: No destinations added.' >&2\nexit 1\n"
        let lp = "#!/bin/sh\necho \"$@\" >> '\(log.path)'\necho 'request id is office-1 (1 file(s))'\n"
        for (name, script) in [("lpstat", lpstat), ("lp", lp)] {
            let file = bin.appendingPathComponent(name)
            try script.write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return (bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"), log)
    }

    @Test func theDecisionPDFIsA4WithItsFontAndGivesItsTextBack() throws {
        try BinaryHarness.withTemporaryDirectory("doc-pdf") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let pdf = directory.appendingPathComponent("decision.pdf")
            let written = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", pdf.path, "--db", database.path])
            #expect(written.exited(0), "\(written.err)")
            let info = try Self.poppler("pdfinfo", [pdf.path])
            #expect(info.contains("595.276 x 841.89 pts (A4)"))
            let fonts = try Self.poppler("pdffonts", [pdf.path])
            let fontLine = try #require(fonts.split(separator: "\n").last)
            #expect(fontLine.contains("CID TrueType") && fontLine.contains("yes yes yes"), "\(fonts)")
            // Every line of the text as stored comes back out of the PDF, in order.
            let shown = try BinaryHarness.run(["doc", "show", Self.decision, "--db", database.path])
            #expect(shown.exited(0))
            let extracted = Self.squeezed(try Self.poppler("pdftotext", [pdf.path, "-"]))
            var cursor = extracted.startIndex
            for line in shown.out.split(separator: "\n").map({ Self.squeezed(String($0)) }).filter({ !$0.isEmpty }) {
                // Plain text wraps lines where the PDF does not: compare a line's start.
                let probe = String(line.prefix(12))
                guard let found = extracted.range(of: probe, range: cursor..<extracted.endIndex) else {
                    Issue.record("not in the PDF (in order): \(line)")
                    continue
                }
                cursor = found.upperBound
            }
            for required in ["行政处罚决定书", Self.decision, "壹拾叁万元整", "130,000.00元", "百分之三", "南通市人民政府", "（印章）"] {
                #expect(extracted.contains(required), "missing \(required)")
            }
        }
    }

    @Test func printingGoesToLpAndEveryReprintIsACopy() throws {
        try BinaryHarness.withTemporaryDirectory("doc-print") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let cups = try Self.fakeCups(in: directory, printer: "office")
            let output = directory.appendingPathComponent("out")
            let environment = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword, "PATH": cups.path, "POWERDESK_OUTPUT": output.path]
            let first = try BinaryHarness.run(["doc", "print", Self.decision, "--user", "leader", "--db", database.path], environment: environment)
            #expect(first.exited(0), "\(first.err)")
            #expect(first.out.contains("已送打印机“office”"))
            let second = try BinaryHarness.run(["doc", "print", Self.decision, "--user", "leader", "--db", database.path], environment: environment)
            #expect(second.exited(0))
            let sent = try String(contentsOf: cups.log, encoding: .utf8).split(separator: "\n")
            #expect(sent.count == 2)
            #expect(sent.allSatisfy { $0.hasPrefix("-d office ") })
            let copy = try #require(sent.last.map { String($0.dropFirst("-d office ".count)) })
            #expect(copy.hasSuffix("_副本.pdf"))
            let pages = Int(try Self.poppler("pdfinfo", [copy]).split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
            #expect(pages > 1)
            for page in 1...max(1, pages) {
                let text = try Self.poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)", copy, "-"])
                #expect(text.contains("副本"), "page \(page) of the reprint is not marked as a copy")
            }
            let original = try #require(sent.first.map { String($0.dropFirst("-d office ".count)) })
            #expect(!(try Self.poppler("pdftotext", [original, "-"])).contains("副本"))
            let printed = try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind = 'document.printed'")
            #expect(printed == "2")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func withoutAPrinterTheFileIsWrittenAndTheUserToldWhere() throws {
        try BinaryHarness.withTemporaryDirectory("doc-noprinter") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let cups = try Self.fakeCups(in: directory, printer: nil)
            let output = directory.appendingPathComponent("out")
            let outbox = directory.appendingPathComponent("outbox")
            let printed = try BinaryHarness.run(["doc", "print", Self.decision, "--user", "leader", "--db", database.path],
                environment: [
                    "POWERDESK_PASSWORD": BinaryHarness.demoPassword, "PATH": cups.path,
                    "POWERDESK_OUTPUT": output.path,
                    "POWERDESK_OUTBOX": outbox.path,
                ])
            #expect(printed.exited(0))
            #expect(printed.out.contains("没有可用的打印机，文书已写入文件：\(outbox.path)/"), "\(printed.out)")
            let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path)
            #expect(files.count == 1 && files[0].hasSuffix(".pdf"))
            #expect(
                try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind = 'document.printed'") == "0")
            #expect(
                try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind = 'document.writtenToFile'")
                    == "1")
        }
    }

    @Test func theArchiveContentsPointAtTheRightPages() throws {
        try BinaryHarness.withTemporaryDirectory("doc-archive") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let pdf = directory.appendingPathComponent("archive.pdf")
            let written = try BinaryHarness.run(["doc", "archive", Self.closedCase, "-o", pdf.path, "--db", database.path])
            #expect(written.exited(0), "\(written.err)")
            let text = try Self.poppler("pdftotext", ["-layout", pdf.path, "-"])
            for part in ["行政执法案卷", "卷内目录", "行政处罚决定书", "送达回证", "审批意见", "材料清单", "操作记录", Self.decision] {
                #expect(text.contains(part), "the archive lacks \(part)")
            }
            // The contents row of the decision names a page; that page starts the decision.
            let row = try #require(text.split(separator: "\n").first { line in
                line.contains(Self.decision) && line.contains("行政处罚决定书") && line.split(separator: " ").last.flatMap { Int($0) } != nil
            })
            let page = try #require(row.split(separator: " ").last.flatMap { Int($0) })
            let onPage = try Self.poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
            #expect(onPage.contains("行政处罚决定书") && onPage.contains(Self.decision))
            let before = try Self.poppler("pdftotext", ["-f", "\(page - 1)", "-l", "\(page - 1)", pdf.path, "-"])
            #expect(!before.contains(Self.decision + "\n"), "the decision starts before the page its contents give")
        }
    }

    @Test func aCorrectionFromTheCommandLineIsListedBesideTheOriginal() throws {
        try BinaryHarness.withTemporaryDirectory("doc-correct") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let environment = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let refused = try BinaryHarness.run(["doc", "correct", Self.decision, "--reason", "笔误", "--user", "clerk", "--db", database.path], environment: environment)
            #expect(refused.exited(1))
            #expect(refused.err.contains("只有“分管领导”岗位可以更正此文书"))
            let corrected = try BinaryHarness.run(["doc", "correct", Self.decision, "--reason", "住所笔误", "--user", "leader", "--db", database.path], environment: environment)
            #expect(corrected.exited(0), "\(corrected.err)")
            #expect(corrected.out.contains("通民宗罚决字〔2026〕2号"))
            let listed = try BinaryHarness.run(["doc", "list", Self.closedCase, "--db", database.path])
            #expect(listed.out.contains("已被通民宗罚决字〔2026〕2号更正替代"))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func mistakesAreExplained() throws {
        try BinaryHarness.withTemporaryDirectory("doc-errors") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let unknown = try BinaryHarness.run(["doc", "show", "通民宗罚决字〔2026〕99号", "--db", database.path])
            #expect(unknown.exited(1))
            #expect(unknown.err.contains("没有编号为通民宗罚决字〔2026〕99号的文书"))
            let unwritable = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", "/nonexistent-dir/x.pdf", "--db", database.path])
            #expect(unwritable.exited(1))
            #expect(unwritable.err.contains("无法写入/nonexistent-dir/x.pdf"))
            let noFont = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", directory.appendingPathComponent("y.pdf").path, "--db", database.path],
                                               environment: ["POWERDESK_FONT": "/nonexistent/font.ttc"])
            #expect(noFont.exited(1))
            #expect(noFont.err.contains("字体"), "\(noFont.err)")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("y.pdf").path))
        }
    }
}
