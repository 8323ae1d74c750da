import Foundation
import Testing

/// The built `powerdesk` binary driven as a script would: output, errors and exit codes.
@Suite struct CommandLineTests {
    @Test func theShippedDefinitionsValidate() throws {
        let run = try BinaryHarness.run(["flows", "validate"])
        #expect(run.status == 0)
        #expect(run.out.contains("校验通过"))
    }

    @Test func brokenFilesAreReportedWithPositionsAndExitOne() throws {
        let broken = BinaryHarness.root.appendingPathComponent("Tests/WorkflowTests/Fixtures/broken/broken-procedure.yaml").path
        let run = try BinaryHarness.run(["flows", "validate", broken])
        #expect(run.status == 1)
        #expect(run.out.contains("broken-procedure.yaml:13:13: 操作“accept”的目标环节“reveiw”不存在"))
        #expect(run.err.contains("校验未通过"))
        let english = try BinaryHarness.run(["flows", "validate", broken, "--lang", "en"])
        #expect(english.out.contains("action \"accept\" leads to \"reveiw\", which does not exist"))
    }

    @Test func listAsJSONNamesEveryItem() throws {
        let run = try BinaryHarness.run(["flows", "list", "--format", "json"])
        #expect(run.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]]
        #expect(rows?.compactMap { $0["code"] as? String }.contains("320600-XK-001") == true)
        #expect(rows?.allSatisfy { $0["kind"] != nil && $0["section"] != nil && $0["name"] != nil } == true)
    }

    @Test func showDrawsTheFlowAsTextAndDot() throws {
        let text = try BinaryHarness.run(["flows", "show", "320600-XK-001"])
        #expect(text.status == 0)
        #expect(text.out.contains("▶ 收件审查 [receive]"))
        let dot = try BinaryHarness.run(["flows", "show", "320600-CF-005", "--dot"])
        #expect(dot.out.hasPrefix("digraph \"320600-CF-005\" {"))
        #expect(dot.out.contains("\"statement\" -> \"hearing\" [label=\"当事人申请听证\"];"))
        let unknown = try BinaryHarness.run(["flows", "show", "320600-XK-999"])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("没有编码为 320600-XK-999 的事项"))
    }

    @Test func calendarCommandsUseTheHolidaySchedules() throws {
        #expect(try BinaryHarness.run(["calendar", "due", "2026-02-10", "20"]).out == "2026-03-16\n")
        #expect(try BinaryHarness.run(["calendar", "due", "2026-09-18", "5", "--unit", "workday"]).out == "2026-09-24\n")
        #expect(try BinaryHarness.run(["calendar", "due", "2026-02-10", "20", "--unit", "day"]).out == "2026-03-02\n")
        #expect(try BinaryHarness.run(["calendar", "workdays", "2025-12-31", "2026-12-31"]).out == "248\n")
        let beyond = try BinaryHarness.run(["calendar", "due", "2026-12-20", "20"])
        #expect(beyond.status == 0)
        #expect(beyond.err.contains("2027年的节假日安排尚未录入"))
        let bad = try BinaryHarness.run(["calendar", "due", "2026-02-30", "3"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("日期“2026-02-30”无效"))
    }

    @Test func partyCheckExitsByValidity() throws {
        let good = try BinaryHarness.run(["party", "check", "３２０６２３１９９００１０１１２３１"])
        #expect(good.status == 0)
        #expect(good.out.contains("320623199001011231"))
        let bad = try BinaryHarness.run(["party", "check", "32062319900101123X"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("校验码"))
    }

    @Test func aCreditCodeWithATypoIsNotMistakenForAnIDCard() throws {
        let typo = try BinaryHarness.run(["party", "check", "91110000600037341X"])
        #expect(typo.status == 1)
        #expect(typo.err.contains("统一社会信用代码校验码不符"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try BinaryHarness.run(["flows", "nonsense"]).status == 2)
    }
}
