import Foundation
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// Filing case files from the desk (#18): the files dialog, `a` with a path completed by Tab,
/// the material chosen, the file filed and listed; Enter shows what a terminal can.
@Suite struct FilesPaneTests {
    @Test func pathsCompleteAsAShellDoes() {
        let entries: [(name: String, isDirectory: Bool)] = [("方案.png", false), ("方案说明.pdf", false), ("扫描件", true), (".hidden", false)]
        #expect(PathCompletion.complete("/tmp/in/扫", entries: entries).text == "/tmp/in/扫描件/")
        let shared = PathCompletion.complete("/tmp/in/方", entries: entries)
        #expect(shared.text == "/tmp/in/方案")
        #expect(shared.candidates == ["方案.png", "方案说明.pdf"])
        #expect(PathCompletion.complete("/tmp/in/x", entries: entries).text == "/tmp/in/x")
        #expect(PathCompletion.complete("/tmp/in/.", entries: entries).candidates.isEmpty)
    }

    @Test func anImagesSizeIsReadFromItsHeader() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        png += [0, 0, 0x04, 0xB0, 0, 0, 0x03, 0x20]  // 1200 × 800
        #expect(FilePreview.imageSize(Data(png))?.width == 1200)
        #expect(FilePreview.imageSize(Data(png))?.height == 800)
        // JPEG: an APP0 segment, then a baseline frame of 640 × 480.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x01, 0xE0, 0x02, 0x80, 3, 0, 0, 0]
        #expect(FilePreview.imageSize(Data(jpeg))?.width == 640)
        #expect(FilePreview.imageSize(Data(jpeg))?.height == 480)
        #expect(FilePreview.imageSize(Data("%PDF-1.4".utf8)) == nil)
    }

    @Test func aFileIsFiledFromTheDeskWithItsPathCompleted() throws {
        let fixture = try DeskFixture()
        let folder = fixture.directory.appendingPathComponent("扫描")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x02, 0x58, 0, 0, 0x01, 0x90]
        png += [UInt8](repeating: 0, count: 64)
        try Data(png).write(to: folder.appendingPathComponent("活动方案扫描.png"))
        let desk = try fixture.desk("clerk")
        let state = try fixture.store.cases.load("XK2026000001")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.dialogs.append(try desk.filesDialog(caseID: state.id, itemCode: state.itemCode, state: state))
        DeskFixture.press([.character("a")], on: desk, screen: screen)
        #expect(desk.overlay is AttachFileDialog)
        DeskFixture.press([.control("u")] + DeskFixture.type(folder.path + "/活") + [.tab], on: desk, screen: screen)
        #expect((desk.overlay as? AttachFileDialog)?.path.text == folder.path + "/活动方案扫描.png")
        #expect(screen.lines.last?.contains("Tab 补全路径") == true, "\(screen.lines.last ?? "")")
        DeskFixture.press([.enter, .function(10)], on: desk, screen: screen)
        let files = try fixture.store.attachments.files(state.id)
        #expect(files.contains { $0.name == "活动方案扫描.png" }, "\(desk.message?.text ?? "")")
        #expect(desk.message?.text.contains("已将 活动方案扫描.png 归档到 \(state.id)") == true)
        // Back on the files dialog, read again: the file is listed, and Enter shows its size.
        let dialog = try #require(desk.overlay as? FilesDialog)
        let index = try #require(dialog.files.firstIndex { $0.name == "活动方案扫描.png" })
        DeskFixture.press(Array(repeating: .down, count: index) + [.enter], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("图像 600×400 像素"), "\(screen.lines.joined(separator: "\n"))")
        #expect(try fixture.store.verify().isIntact)
    }
    /// `z` sends a filed file through the terminal: the sender gets a copy under the file's own
    /// name and the ZMODEM arguments, the copy is gone after, and a missing sender is named.
    @Test func aFiledFileIsSentByZmodemAndAMissingSenderIsNamed() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("clerk")
        let state = try fixture.store.cases.load("XK2026000001")
        let pdf = Data("%PDF-1.4\n%送达回证\n".utf8) + Data(repeating: 0x20, count: 64)
        _ = try fixture.store.attachments.attach(pdf, name: "送达回证.pdf", material: "现场照片", evidence: true, to: state.id,
                                                 by: Actor(userID: "clerk", name: "王窗口", posts: ["clerk"]))
        // A stand-in for `sz`: it records its arguments and keeps what it was given.
        let received = fixture.directory.appendingPathComponent("received")
        let script = fixture.directory.appendingPathComponent("sz")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > '\(received.path).args'
            for last in "$@"; do :; done
            cp "$last" '\(received.path)'
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        desk.zmodemCommand = script.path
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.dialogs.append(try desk.filesDialog(caseID: state.id, itemCode: state.itemCode, state: state))
        let dialog = try #require(desk.overlay as? FilesDialog)
        let index = try #require(dialog.files.firstIndex { $0.name == "送达回证.pdf" })
        DeskFixture.press(Array(repeating: .down, count: index) + [.character("z")], on: desk, screen: screen)
        #expect(desk.message?.text == "已通过 ZMODEM 发送 送达回证.pdf", "\(desk.message?.text ?? "")")
        #expect(try Data(contentsOf: received) == pdf)
        let arguments = try String(contentsOf: received.appendingPathExtension("args"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments.dropLast() == ["-b", "-e", "--"])
        #expect(arguments.last.map { ($0 as NSString).lastPathComponent } == "送达回证.pdf")
        #expect(arguments.last.map { FileManager.default.fileExists(atPath: $0) } == false, "the private copy is removed")
        // Without a sender on the server, the desk says which and what to do instead.
        desk.zmodemCommand = fixture.directory.appendingPathComponent("no-such-sz").path
        DeskFixture.press([.character("z")], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("lrzsz"), "\(screen.lines.joined(separator: "\n"))")
        // The file is no real PDF: viewing it says so, not that pdftotext is missing.
        DeskFixture.press([.enter], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("PDF 文件已损坏或无法读取"), "\(screen.lines.joined(separator: "\n"))")
    }
}

