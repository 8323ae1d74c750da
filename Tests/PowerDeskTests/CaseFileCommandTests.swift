import Foundation
@testable import PowerDesk
import Testing

/// `powerdesk attach`, `files` and the batch `attach` op, driven as an officer would: files from
/// the drop folder, refusals that say why and store nothing, and a round trip of the bytes.
@Suite struct CaseFileCommandTests {
    let directory: URL
    let home: URL
    let inbox: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-casefiles-\(UUID().uuidString.prefix(8))")
        home = directory.appendingPathComponent("home")
        inbox = home.appendingPathComponent("powerdesk-inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], input: String = "") throws -> ChildProcess.Outcome {
        try BinaryHarness.run(arguments, environment: ["HOME": home.path, "POWERDESK_PASSWORD": BinaryHarness.demoPassword], input: input)
    }

    @Test func aScanFromTheDropFolderIsFiledAndLeavesTheFolder() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try BinaryHarness.demoDatabase(in: directory)
        let scan = Data("%PDF-1.4\n% 申请书\n".utf8) + Data((0..<5000).map { UInt8($0 % 251) })
        try scan.write(to: inbox.appendingPathComponent("申请书.pdf"))
        try Data([0x4D, 0x5A, 0x90, 0x00, 0x03]).write(to: inbox.appendingPathComponent("发票.pdf"))
        let waiting = try run(["files", "inbox"])
        #expect(waiting.out.contains("申请书.pdf  PDF  5"))
        #expect(waiting.out.contains("可执行程序"))

        let opened = try run(["batch", "-", "--user", "clerk", "--db", database.path],
                             input: BinaryHarness.openLicenceLine(request: "files-1", subject: "附件测试"))
        let caseID = try #require(opened.out.firstMatch(of: /"case":"(XK\d+)"/)?.output.1).description

        let filed = try run(["attach", caseID, inbox.appendingPathComponent("申请书.pdf").path, "--material", "photos", "--user", "clerk", "--db", database.path])
        #expect(filed.status == 0, "\(filed.err)")
        #expect(filed.out.contains("已归档：申请书.pdf（PDF，5"))
        #expect(filed.out.contains("材料“photos”记为已收"))
        #expect(!FileManager.default.fileExists(atPath: inbox.appendingPathComponent("申请书.pdf").path))
        #expect(FileManager.default.fileExists(atPath: inbox.appendingPathComponent("已归档/申请书.pdf").path))

        let disguised = try run(["attach", caseID, inbox.appendingPathComponent("发票.pdf").path, "--evidence", "发票", "--user", "clerk", "--db", database.path])
        #expect(disguised.status == 1)
        #expect(disguised.err.contains("可执行程序（Windows (MZ)）"))
        #expect(FileManager.default.fileExists(atPath: inbox.appendingPathComponent("发票.pdf").path), "a refused file stays where it was")

        let listed = try run(["files", "list", caseID, "--db", database.path])
        #expect(listed.out.contains("材料:photos  PDF"))
        let digest = try #require(listed.out.firstMatch(of: #/\n([0-9a-f]{12})  /#)?.output.1).description
        let exported = directory.appendingPathComponent("导出.pdf")
        #expect(try run(["files", "export", caseID, digest, "-o", exported.path, "--db", database.path]).status == 0)
        #expect(try Data(contentsOf: exported) == scan)
        #expect(try BinaryHarness.verify(database).status == 0)
    }

    @Test func badPathsAreRefusedInOneClearLine() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try BinaryHarness.demoDatabase(in: directory)
        let base = ["--material", "application", "--user", "clerk", "--db", database.path]
        let missing = try run(["attach", "XK2026000002", inbox.appendingPathComponent("没有.pdf").path] + base)
        #expect(missing.status == 1)
        #expect(missing.err.contains("不存在"))
        let folder = try run(["attach", "XK2026000002", inbox.path] + base)
        #expect(folder.err.contains("不是普通文件"))
        let outside = try run(["attach", "XK2026000002", "/etc/hostname"] + base)
        #expect(outside.err.contains("不在允许归档的目录中"))
        let empty = inbox.appendingPathComponent("空.pdf")
        try Data().write(to: empty)
        #expect(try run(["attach", "XK2026000002", empty.path] + base).err.contains("空文件"))
        let neither = try run(["attach", "XK2026000002", empty.path, "--user", "clerk", "--db", database.path])
        #expect(neither.status == 2)
        #expect(try run(["files", "list", "XK2026000002", "--db", database.path]).out.contains("没有附件"))
    }

    @Test func batchFilesAFileAndSaysWhatItIs() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try BinaryHarness.demoDatabase(in: directory)
        let photo = inbox.appendingPathComponent("现场.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]).write(to: photo)
        let line = #"{"op":"attach","case":"CF2026000002","file":"\#(photo.path)","evidence":"现场照片"}"#
        let outcome = try run(["batch", "-", "--user", "handler", "--db", database.path], input: line)
        #expect(outcome.out.contains(#""kind":"jpeg""#), "\(outcome.out)")
        #expect(outcome.out.contains(#""ok":true"#))
        #expect(outcome.out.contains(#""materialRecorded":false"#))
    }

    @Test func aFileThatChangedWhileReadIsNotTakenAsRead() {
        let before = CaseFileReader.Snapshot(size: 100, seconds: 1, nanoseconds: 5, inode: 7)
        #expect(CaseFileReader.unchanged(before, before, read: 100))
        #expect(!CaseFileReader.unchanged(before, CaseFileReader.Snapshot(size: 120, seconds: 1, nanoseconds: 5, inode: 7), read: 100))
        #expect(!CaseFileReader.unchanged(before, CaseFileReader.Snapshot(size: 100, seconds: 2, nanoseconds: 0, inode: 7), read: 100))
        #expect(!CaseFileReader.unchanged(before, before, read: 64))
        #expect(CaseFileReader.isInside("/home/wang/powerdesk-inbox/a.pdf", "/home/wang"))
        #expect(!CaseFileReader.isInside("/home/wangwu/a.pdf", "/home/wang"))
    }
}
