import Foundation
import Testing

/// The real binary in tmux on a demo database: a licence case from the window to the leader's
/// decision, each post at its own desk, with a resize to 80×24 on the way.
@Suite(.serialized) struct DeskEndToEndTests {
    func desk(_ user: String, database: URL, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(command: [BinaryHarness.binary.path, "--db", database.path, "--user", user],
                                      width: width, height: height, environment: BinaryHarness.environment(environment))
        try session.waitFor("密码")
        try session.type(BinaryHarness.demoPassword)
        try session.press("Enter")
        try session.waitFor("待办(")
        return session
    }

    /// Finds a case by its serial number (查询): 待办 shows overdue and red cases on top, so the
    /// case just handed on is not necessarily the first row.
    func find(_ session: TmuxSession, _ caseID: String) throws {
        try session.press("/")
        try session.waitFor("查询")
        try session.type(caseID)
        try session.press("Enter")
        try session.waitFor("查询(1)")
    }

    /// Opens the actions of the selected case, takes the one named (the first enabled, already
    /// pointed at), gives the opinion and waits for the desk to confirm.
    func act(_ session: TmuxSession, _ action: String, opinion: String, caseID: String = "XK2026000008") throws {
        try session.press("Enter")
        try session.waitFor("▸ " + action)
        try session.press("Enter")
        try session.waitFor("办理意见")
        try session.type(opinion)
        try session.press("Enter")
        try session.waitFor("已完成：\(action)（\(caseID)）")
    }

    @Test func aLicenceCaseFromTheWindowToTheDecision() throws {
        try BinaryHarness.withTemporaryDirectory("desk-e2e") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)

            // The clerk takes the application in.
            let clerk = try desk("clerk", database: database)
            defer { clerk.kill() }
            try clerk.press("n")
            try clerk.waitFor("选择事项")
            try clerk.type("XK-001")
            try clerk.press("Enter")
            try clerk.waitFor("当事人类型")
            try clerk.press("Tab")
            try clerk.type("南通市天宁寺")
            try clerk.press("Tab")
            try clerk.type("91110000600037341X")
            try clerk.waitFor("校验码不符")
            try clerk.press("BSpace")
            try clerk.type("l")
            try clerk.waitFor("✓ 统一社会信用代码 91110000600037341L")
            for value in ["0513-80000000", "南通市崇川区天宁寺街1号", "端午祈福法会", "端午法会", "2026-06-19", "天宁寺广场", "600"] {
                try clerk.press("Tab")
                try clerk.type(value)
            }
            try clerk.press("Tab", "Tab", "Space", "F10")
            // Materials are missing: acceptance is refused with every missing one named.
            let menu = try clerk.waitFor("可办理的操作")
            #expect(menu.contains("受理　材料不全：缺少 主办宗教团体或寺观教堂登记证书复印件"))
            try clerk.press("Enter")
            try clerk.waitFor("一次性告知补正")
            try clerk.press("Enter")
            try clerk.waitFor("已完成：一次性告知补正")

            // Mid-way the window shrinks to 80×24 and the desk keeps working.
            try clerk.resize(width: 80, height: 24)
            try clerk.waitFor("q/F3 退出")
            let small = try clerk.screen().split(separator: "\n", omittingEmptySubsequences: false)
            #expect(small.first?.hasPrefix("PowerDesk") == true)

            // The party brings the rest: correction received, materials ticked, accepted.
            try clerk.press("Enter")
            try clerk.waitFor("补正材料收讫")
            try clerk.press("Enter")
            try clerk.waitFor("办理意见")
            try clerk.press("Enter")
            try clerk.waitFor("已完成：补正材料收讫")
            try clerk.press("m")
            try clerk.waitFor("登记收到的材料")
            for _ in 0..<5 { try clerk.press("Space", "Down") }
            try clerk.press("Enter")
            try clerk.waitFor("已完成：登记材料")
            try act(clerk, "受理", opinion: "材料齐全，予以受理")
            try clerk.press("q")

            // The handler reviews.
            let handler = try desk("handler", database: database)
            defer { handler.kill() }
            try find(handler, "XK2026000008")
            try act(handler, "拟准予许可", opinion: "材料齐全，安全预案完备，建议准予")
            // 条例 Art. 42: the police's opinion before the chief's review.
            try act(handler, "公安机关已复函", opinion: "南通市公安局复函：无不同意见")
            try handler.press("q")

            // The chief approves from the queue: tag, then one approval for all tagged.
            let chief = try desk("chief", database: database)
            defer { chief.kill() }
            try find(chief, "XK2026000008")
            try chief.press("Space", "a")
            try chief.waitFor("批量审批：1 件")
            try chief.type("同意")
            try chief.press("Enter")
            try chief.waitFor("批量审批完成：成功 1 件，未通过 0 件")
            try chief.press("q")

            // The leader decides, and the flowchart shows the path taken.
            let leader = try desk("leader", database: database)
            defer { leader.kill() }
            try find(leader, "XK2026000008")
            try act(leader, "准予许可", opinion: "准予许可")
            try leader.waitFor("XK2026000008")
            // Granted but not yet served: the limit's clock stopped, the case is not 办结.
            let screen = try leader.waitFor("停止计时")
            // The pane right of the queue (a closed case's row is rightly 已办结; this one is not closed).
            let detail = screen.split(separator: "\n").compactMap { $0.split(separator: "│", maxSplits: 1).dropFirst().first }.joined(separator: "\n")
            #expect(detail.contains("XK2026000008"))
            #expect(!detail.contains("办结"))
            try leader.press("f")
            let chart = try leader.waitFor("▶ 制证送达")
            #expect(chart.contains("✓ 处室审核"), "\(chart)")
            #expect(chart.contains("✓ 分管领导审批"), "\(chart)")
            try leader.press("q")

            let verify = try BinaryHarness.verify(database)
            #expect(verify.exited(0), "\(verify.err)")
        }
    }

    @Test func anInvalidEditIsNeverInstalledAndAValidOneWaitsForTheLegalPost() throws {
        try BinaryHarness.withTemporaryDirectory("desk-admin") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            // An "editor" that breaks the unit on its first run and writes a valid change on its second.
            let editor = directory.appendingPathComponent("editor.sh")
            let counter = directory.appendingPathComponent("runs")
            try """
                #!/bin/sh
                n=$(cat '\(counter.path)' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '\(counter.path)'
                if [ "$n" = 1 ]; then sed -i 's/promised: {days: 10, unit: day}/promised: {days: 10, unit: dya}/' "$1"
                else sed -i 's/promised: {days: 10, unit: dya}/promised: {days: 7, unit: day}/' "$1"; fi
                """.write(to: editor, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)

            let admin = try desk("admin", database: database, environment: ["EDITOR": editor.path])

            defer { admin.kill() }
            try admin.press("c")
            try admin.waitFor("事项目录与变更申请（生效版本 v1）")
            // To the last entry, XK-001 (the templates come before the items; PageDown stops at the end).
            for _ in 0..<10 { try admin.press("PageDown") }
            try admin.waitFor("320600-XK-001")
            try admin.press("e")
            let refused = try admin.waitFor("定义有误，未保存")
            #expect(refused.contains("items/320600-XK-001.yaml:48:30: “unit”的值“dya”无效"))
            try admin.press("e")
            try admin.waitFor("提交变更申请：320600-XK-001")
            try admin.type("承诺期限缩短为7日")
            try admin.press("Tab")
            try admin.type("2026-03-10")
            try admin.press("Enter")
            try admin.waitFor("已提交草案 v2，待法制审核确认后生效")
            try admin.press("q")
            #expect(try BinaryHarness.rows(database, "SELECT id, status FROM definition_version ORDER BY id") == [["1", "active"], ["2", "draft"]])

            let legal = try desk("legal", database: database)

            defer { legal.kill() }
            try legal.press("c")
            let drafts = try legal.waitFor("草案 v2：承诺期限缩短为7日")
            #expect(drafts.contains("法规变化 2026-03-10，应于 2026-03-30 前申报"))
            #expect(drafts.contains("变更文件：items/320600-XK-001.yaml"))
            try legal.press("y")
            try legal.waitFor("再按一次 y 确认草案 v2 生效")
            try legal.press("y")
            try legal.waitFor("草案 v2 已确认生效")
            #expect(try BinaryHarness.rows(database, "SELECT id, status FROM definition_version ORDER BY id") == [["1", "superseded"], ["2", "active"]])
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func aWrongPasswordIsRefusedInChinese() throws {
        try BinaryHarness.withTemporaryDirectory("desk-login") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let session = try TmuxSession(command: [BinaryHarness.binary.path, "--db", database.path, "--user", "chief"],
                                          width: 80, height: 24, environment: BinaryHarness.environment())
            defer { session.kill() }
            try session.waitFor("密码")
            try session.type("wrong")
            try session.press("Enter")
            try session.waitFor("用户名或密码不正确")
            session.kill()
            #expect(!session.isRunning, "the tmux server outlived its test")
        }
    }

    /// A paste is text for the field in front, never keys: "张三丰\nq" pasted into the search
    /// neither submits it nor quits. A filled form asks before Ctrl-C throws it away, and below
    /// 80×24 the desk takes no key at all.
    @Test func pastesStayTextAndNothingIsLostByAccident() throws {
        try BinaryHarness.withTemporaryDirectory("desk-paste") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let chief = try desk("chief", database: database, width: 80, height: 24)
            defer { chief.kill() }
            try chief.press("/")
            try chief.waitFor("查询")
            try chief.paste("张三丰\nq")
            try chief.waitFor("张三丰 q")
            #expect(try chief.screen().contains("待办("), "the desk is still running")
            try chief.press("Enter")
            try chief.waitFor("/张三丰 q")

            // A typed opinion is not thrown away by Ctrl-C without asking.
            try chief.press("Tab")
            try chief.waitForAbsence(of: "（没有办件）")
            try chief.press("Space", "a")
            try chief.waitFor("批量审批：1 件")
            try chief.type("同意")
            try chief.press("C-c")
            try chief.waitFor("放弃已填写的内容？")
            try chief.press("n")
            try chief.waitFor("同意")
            try chief.press("C-c")
            try chief.waitFor("放弃已填写的内容？")
            try chief.press("y")
            try chief.waitFor("q/F3 退出")

            // Too small: told so, and q does not quit; back at 80×24 the desk is as it was.
            try chief.resize(width: 70, height: 20)
            try chief.waitFor("终端窗口太小")
            try chief.press("q")
            try chief.resize(width: 80, height: 24)
            try chief.waitFor("q/F3 退出")
            try chief.press("q")
            try chief.waitForAbsence(of: "q/F3 退出")
        }
    }

    /// The leader finds the closed case, previews its decision as it prints, prints it twice
    /// (the second a copy), and corrects it; the list shows all of it.
    @Test func aDecisionIsPreviewedPrintedAndCorrectedAtTheDesk() throws {
        try BinaryHarness.withTemporaryDirectory("desk-documents") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let output = directory.appendingPathComponent("printouts")
            let cups = try DocumentCommandTests.fakeCups(in: directory, printer: nil)
            let leader = try desk("leader", database: database, environment: ["POWERDESK_OUTPUT": output.path, "PATH": cups.path])
            defer { leader.kill() }
            try leader.press("/")
            try leader.type("CF2025000001")
            try leader.press("Enter")
            try leader.waitFor("查询(1)")
            try leader.press("d")
            try leader.waitFor("CF2025000001 的文书")
            // The newest document (the cover) is selected; the decision is two above it.
            try leader.press("Up", "Up")
            try leader.waitFor("▸ 行政处罚决定书  通民宗罚决字〔2026〕1号")
            try leader.press("Enter")
            try leader.waitFor("一、违法事实和证据")
            try leader.press("NPage")
            try leader.waitFor("壹拾叁万元整")
            try leader.press("NPage")
            try leader.waitFor("（印章）")
            try leader.press("p")
            try leader.waitFor("没有可用的打印机，文书已写入文件")
            try leader.press("Escape")
            try leader.waitFor("已打印1次")
            try leader.press("p")
            try leader.waitFor("已打印2次")
            try leader.press("e")
            try leader.waitFor("更正理由")
            try leader.type("当事人住所笔误")
            // Enter moves to the address, the form's last field; Enter there submits.
            try leader.press("Enter")
            try leader.waitFor("Enter/F10/Ctrl-S 提交")
            try leader.press("Enter")
            let list = try leader.waitFor("已出具更正文书通民宗罚决字〔2026〕2号")
            #expect(list.contains("已被通民宗罚决字〔2026〕2号更正替代"))
            let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            #expect(files.count == 2 && files.contains { $0.hasSuffix("_副本.pdf") })
        }
    }
}
