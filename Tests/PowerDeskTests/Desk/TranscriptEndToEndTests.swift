import Foundation
import Testing

/// The real binary in tmux at 80×24: the handler finds a case, opens its transcripts with `t`,
/// writes an 询问笔录 in the form (the answers pasted, bracketed), saves it and prints it for
/// signature; the printout is read back with poppler.
@Suite(.serialized) struct TranscriptEndToEndTests {
    @Test func aTranscriptIsWrittenAndPrintedAtAnEightyColumnDesk() throws {
        try BinaryHarness.withTemporaryDirectory("transcript-e2e") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let output = directory.appendingPathComponent("printouts")
            let environment = BinaryHarness.environment(["POWERDESK_OUTPUT": output.path, "PATH": "/usr/bin:/bin"])
                .filter { $0.key != "POWERDESK_PRINTER" }
            let desk = try TmuxSession(command: [BinaryHarness.binary.path, "--db", database.path, "--user", "handler"],
                                       width: 80, height: 24, environment: environment)
            defer { desk.kill() }
            try desk.waitFor("密码")
            try desk.type(BinaryHarness.demoPassword)
            try desk.press("Enter")
            try desk.waitFor("待办(")
            try desk.press("/")
            try desk.type("CF2026000002")
            try desk.press("Enter")
            try desk.waitFor("查询(1)")
            try desk.press("t")
            try desk.waitFor("CF2026000002 没有笔录")
            try desk.press("n")
            try desk.waitFor("制作询问笔录")
            try desk.press("Tab")
            for value in ["2026-03-16 08:00", "2026-03-16 08:40", "本局三楼询问室", "李芳", "320602198503120028", "当事人"] {
                try desk.type(value)
                try desk.press("Tab")
            }
            try desk.press("Tab")
            try desk.type(" handler2")
            try desk.press("Tab", "Tab")
            try desk.waitFor("换行")
            try desk.type("问：活动何时开始？")
            try desk.press("Enter")
            try desk.paste("答：上午九点。\n约三百人参加。")
            try desk.waitFor("约三百人参加。")
            let form = try desk.screen()
            #expect(form.split(separator: "\n").count <= 24)
            try desk.press("F10")
            try desk.waitFor("已保存第 1 号询问笔录")
            try desk.waitFor("待签字")
            try desk.press("p")
            try desk.waitFor("文书已写入文件")
            let printed = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".pdf") }
            let pdf = try #require(printed.first, "\(printed)")
            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [output.appendingPathComponent(pdf).path, "-"]))
            for expected in ["询问笔录", "询问地点：本局三楼询问室", "问：活动何时开始？", "答：上午九点。", "约三百人参加。", "被询问人签名：",
                             "以上笔录我已看过，与我说的相符"] {
                #expect(text.contains(expected), "\(expected) not in \(text)")
            }
        }
    }
}
