import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// `powerdesk evaluate` end to end: the formula checked with positioned errors, the quarter
/// computed for the monitor and refused to a clerk, CSV for Excel and a PDF report whose tables
/// and chart labels read back with pdftotext.
@Suite struct EvaluateCommandTests {
    @Test func theQuarterAsTableCSVAndPDF() throws {
        try BinaryHarness.withTemporaryDirectory("evaluate") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let csv = directory.appendingPathComponent("q1.csv")
            let pdf = directory.appendingPathComponent("q1.pdf")
            let made = try BinaryHarness.run(["evaluate", "--quarter", "2026Q1", "--explain", "--csv", csv.path, "--pdf", pdf.path,
                                              "--user", "monitor", "--db", database.path], environment: password)
            #expect(made.exited(0), "\(made.err)")
            #expect(made.out.contains("合计"))
            #expect(made.out.contains("按时办结率"))

            let store = try PowerDeskStore.open(at: database.path)
            let monitor = try #require(try store.users.actor("monitor"))
            let formula = try EvaluateCommand.parse([]).loadFormula(.zh).formula
            let evaluation = try store.supervision.evaluate(try #require(EvaluateCommand.quarter("2026Q1")), formula: formula, for: monitor)

            let data = try Data(contentsOf: csv)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 1 + evaluation.bySection.count + evaluation.byItem.count + 1)
            let last = lines.last?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
            #expect(last.first == "合计")
            #expect(last.suffix(2) == [EvaluationTable.points(evaluation.total.score.total), evaluation.total.score.grade.rawValue])

            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(text.contains("二、各处室得分"))
            #expect(text.contains("各事项总分"))
            for row in evaluation.bySection { #expect(text.contains(DocumentCommandTests.squeezed(row.name))) }

            let refused = try BinaryHarness.run(["evaluate", "--quarter", "2026Q1", "--user", "clerk", "--db", database.path], environment: password)
            #expect(refused.exited(1))
            let bad = try BinaryHarness.run(["evaluate", "--quarter", "2026Q5", "--user", "monitor", "--db", database.path], environment: password)
            #expect(bad.exited(2))
            #expect(bad.err.contains("2026Q5"))
        }
    }

    /// The evaluation and a board table as XLSX workbooks, read back from their XML.
    @Test func workbooksForExcel() throws {
        try BinaryHarness.withTemporaryDirectory("evaluate-xlsx") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let evaluation = directory.appendingPathComponent("q1.xlsx")
            let board = directory.appendingPathComponent("board.xlsx")
            let made = try BinaryHarness.run(["evaluate", "--quarter", "2026Q1", "--xlsx", evaluation.path, "--user", "leader", "--db", database.path],
                                             environment: password)
            #expect(made.exited(0), "\(made.err)")
            let boardMade = try BinaryHarness.run(["supervise", "board", "--quarter", "2026Q1", "--by", "section", "--xlsx", board.path,
                                                   "--user", "monitor", "--db", database.path], environment: password)
            #expect(boardMade.exited(0), "\(boardMade.err)")
            func member(_ file: URL, _ name: String) throws -> String {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
                process.arguments = ["-p", file.path, name]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return String(decoding: data, as: UTF8.self)
            }
            let workbook = try member(evaluation, "xl/workbook.xml")
            #expect(workbook.contains("name=\"处室\"") && workbook.contains("name=\"事项\"") && workbook.contains("name=\"合计\""))
            let strings = try member(evaluation, "xl/sharedStrings.xml")
            #expect(strings.contains("按时办结率") && strings.contains("合计"))
            // The powers' sheet: 40 rows below the header, totals written as numbers.
            let powers = try member(evaluation, "xl/worksheets/sheet2.xml")
            #expect(powers.components(separatedBy: "<row ").count - 1 == 41)
            let cells = powers.components(separatedBy: "<c ").count - 1
            let texts = powers.components(separatedBy: "t=\"s\"").count - 1
            #expect(cells - texts >= 40 * 5, "numbers should be written as numbers: \(cells) cells, \(texts) strings")
            let boardStrings = try member(board, "xl/sharedStrings.xml")
            #expect(boardStrings.contains("收件") && boardStrings.contains("合计"))

            // The month's statistics report as PDF: its tables and charts read back.
            let monthly = directory.appendingPathComponent("2026-03.pdf")
            let printed = try BinaryHarness.run(["supervise", "board", "--month", "2026-03", "--pdf", monthly.path, "--user", "leader", "--db", database.path],
                                                environment: password)
            #expect(printed.exited(0), "\(printed.err)")
            let text = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [monthly.path, "-"]))
            for heading in ["一、办件与操作", "二、时限与用时", "四、近十二周每周收件", "南通市民族宗教事务局", "合计"] { #expect(text.contains(heading), "\(heading)") }
        }
    }

    @Test func aBrokenFormulaIsListedByPlaceAndNothingIsComputed() throws {
        try BinaryHarness.withTemporaryDirectory("evaluate-check") { directory in
            let shipped = try String(contentsOf: BinaryHarness.root.appendingPathComponent("Resources/evaluation/evaluation.yaml"), encoding: .utf8)
            let good = directory.appendingPathComponent("good.yaml")
            try shipped.write(to: good, atomically: true, encoding: .utf8)
            let ok = try BinaryHarness.run(["evaluate", "--check", "--formula", good.path])
            #expect(ok.exited(0), "\(ok.err)")
            #expect(ok.out.contains("检查通过"))

            let broken = directory.appendingPathComponent("broken.yaml")
            try shipped.replacingOccurrences(of: "points: 25", with: "points: 35").write(to: broken, atomically: true, encoding: .utf8)
            let failed = try BinaryHarness.run(["evaluate", "--check", "--formula", broken.path])
            #expect(failed.exited(1))
            let line = try #require(shipped.components(separatedBy: "\n").firstIndex { $0.contains("rules:") }) + 3
            #expect(failed.err.contains("broken.yaml:\(line):"), "\(failed.err)")
            #expect(failed.err.contains("110"))
        }
    }

    @Test func quartersAreWrittenLike2026Q1() {
        #expect(EvaluateCommand.quarter("2026q2")?.from.description == "2026-04-01")
        #expect(EvaluateCommand.quarter("2026Q4")?.through.description == "2026-12-31")
        for bad in ["2026Q0", "2026Q5", "26Q1", "2026-Q1", "２０２６Q1", "Q1", ""] { #expect(EvaluateCommand.quarter(bad) == nil, "\(bad)") }
        #expect(EvaluateCommand.lastQuarter(before: CivilDate(year: 2026, month: 1, day: 5)!) == "2025Q4")
    }
}

