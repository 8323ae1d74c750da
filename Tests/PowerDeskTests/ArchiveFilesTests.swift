import Foundation
import Testing

/// Issue 18: `doc archive` binds every attached PDF's pages and every image as an A4 page after
/// the archive's own pages (qpdf, img2pdf), the contents give each file's first page, and a file
/// that cannot be bound is listed with its SHA-256. Read back with poppler.
@Suite struct ArchiveFilesTests {
    /// A 40×30 red PNG and a file that only starts like one.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAK0lEQVR42u3NMQ0AAAgDsGmafwHIQgYcTfo3056IWCwWi8VisVgsFov/xgsth36Mp5lLlgAAAABJRU5ErkJggg==")!
    static let brokenPNG = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data("not an image at all".utf8)
    static let brokenPDF = Data("%PDF-1.4\nthis is no PDF body\n".utf8)

    @Test func filesArePagesOfTheArchiveAndTheOthersAreListedWithTheirHash() throws {
        try BinaryHarness.withTemporaryDirectory("archive-files") { directory in
            let home = directory.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let environment = ["HOME": home.path, "POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let database = try BinaryHarness.demoDatabase(in: directory)

            // A real PDF of several pages: the demo decision as our own typesetter prints it.
            let decision = home.appendingPathComponent("决定书.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", DocumentCommandTests.decision, "-o", decision.path, "--db", database.path]).exited(0))
            let decisionPages = try Self.pageCount(decision.path)
            try Self.png.write(to: home.appendingPathComponent("现场.png"))
            try Self.brokenPNG.write(to: home.appendingPathComponent("坏图.png"))
            try Self.brokenPDF.write(to: home.appendingPathComponent("坏件.pdf"))

            let opened = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path], environment: environment,
                                               input: BinaryHarness.openLicenceLine(request: "archive-files", subject: "附件装订"))
            let caseID = try #require(opened.out.firstMatch(of: /"case":"(XK\d+)"/)?.output.1).description
            for (file, entry) in [("决定书.pdf", ["--material", "activity-plan"]), ("现场.png", ["--evidence", "现场照片"]),
                                  ("坏图.png", ["--evidence", "坏图"]), ("坏件.pdf", ["--evidence", "坏件"])] {
                let filed = try BinaryHarness.run(["attach", caseID, home.appendingPathComponent(file).path] + entry + ["--user", "clerk", "--db", database.path],
                                                  environment: environment)
                #expect(filed.exited(0), "\(file): \(filed.err)")
            }

            let archive = directory.appendingPathComponent("archive.pdf")
            let written = try BinaryHarness.run(["doc", "archive", caseID, "-o", archive.path, "--db", database.path])
            #expect(written.exited(0), "\(written.err)")
            let total = try Self.pageCount(archive.path)
            let text = try DocumentCommandTests.poppler("pdftotext", ["-layout", archive.path, "-"])
            #expect(text.contains("案卷附件清单"))

            // The contents give the decision's first page; that page is the decision's first page.
            let row = try #require(text.split(separator: "\n").first { line in
                line.contains("附件：决定书.pdf") && line.split(separator: " ").last.flatMap { Int($0) } != nil
            }, "\(text.prefix(3000))")
            let first = try #require(row.split(separator: " ").last.flatMap { Int($0) })
            let original = try DocumentCommandTests.poppler("pdftotext", ["-f", "1", "-l", "1", decision.path, "-"])
            let bound = try DocumentCommandTests.poppler("pdftotext", ["-f", "\(first)", "-l", "\(first)", archive.path, "-"])
            #expect(DocumentCommandTests.squeezed(bound) == DocumentCommandTests.squeezed(original))
            // The decision's pages, then the photo as the one last page, A4, holding the image.
            #expect(total == first + decisionPages)
            let info = try DocumentCommandTests.poppler("pdfinfo", ["-f", "\(total)", "-l", "\(total)", archive.path])
            // A4, turned to landscape for a landscape picture (img2pdf's choice, which uses the paper best).
            #expect(info.contains("841.89 x 595.276 pts (A4)"), "\(info)")
            let images = try DocumentCommandTests.poppler("pdfimages", ["-list", "-f", "\(total)", "-l", "\(total)", archive.path])
            #expect(images.contains("   40    30 "), "\(images)")

            // The two files that are not what they claim are listed, by hash, as not bound.
            let flat = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [archive.path, "-"]))
            for bad in [Self.brokenPNG, Self.brokenPDF] {
                let digest = try BinaryHarness.value(database, "SELECT sha256 FROM attachment WHERE size = \(bad.count)")
                #expect(flat.contains("未能收入本卷"), "\(flat)")
                #expect(flat.contains(digest), "\(digest) not in \(flat)")
            }
        }
    }

    static func pageCount(_ path: String) throws -> Int {
        let info = try DocumentCommandTests.poppler("pdfinfo", [path])
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    /// Without qpdf and img2pdf on the PATH the archive is still made, each file listed by hash
    /// with the tool to install.
    @Test func withoutTheToolsTheFilesAreListedNotLost() throws {
        try BinaryHarness.withTemporaryDirectory("archive-notools") { directory in
            let home = directory.appendingPathComponent("home")
            let empty = directory.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let environment = ["HOME": home.path, "POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let database = try BinaryHarness.demoDatabase(in: directory)
            try Self.png.write(to: home.appendingPathComponent("现场.png"))
            let opened = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path], environment: environment,
                                               input: BinaryHarness.openLicenceLine(request: "archive-notools", subject: "无工具"))
            let caseID = try #require(opened.out.firstMatch(of: /"case":"(XK\d+)"/)?.output.1).description
            #expect(try BinaryHarness.run(["attach", caseID, home.appendingPathComponent("现场.png").path, "--evidence", "现场照片", "--user", "clerk",
                                           "--db", database.path], environment: environment).exited(0))
            let withTools = directory.appendingPathComponent("with.pdf")
            let without = directory.appendingPathComponent("without.pdf")
            #expect(try BinaryHarness.run(["doc", "archive", caseID, "-o", withTools.path, "--db", database.path]).exited(0))
            let made = try BinaryHarness.run(["doc", "archive", caseID, "-o", without.path, "--db", database.path], environment: ["PATH": empty.path])
            #expect(made.exited(0), "\(made.err)")
            #expect(try Self.pageCount(without.path) == Self.pageCount(withTools.path) - 1)
            let flat = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [without.path, "-"]))
            let digest = try BinaryHarness.value(database, "SELECT sha256 FROM attachment")
            #expect(flat.contains("未安装img2pdf"), "\(flat)")
            #expect(flat.contains(digest))
        }
    }
}
