import Foundation
import Testing
@testable import Workflow

/// The published evaluation formula: the shipped file is valid and sums to 100; every kind of
/// mistake an editor can make is reported at its line and column; scores follow the rules.
@Suite struct EvaluationFormulaTests {
    static func shipped() throws -> SourceFile {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Resources/evaluation/evaluation.yaml")
        return SourceFile(path: "evaluation.yaml", text: try String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) -> (formula: EvaluationFormula?, diagnostics: [Diagnostic]) {
        EvaluationFormulaParser.parse(SourceFile(path: "f.yaml", text: text))
    }

    /// A valid formula with one line replaced (or none), for the error tests.
    static func variant(_ replace: String = "", with: String = "") -> String {
        let text = """
            evaluation:
              name: 测试考评
              basis: 测试依据
              rules:
                - measure: powers-on-system
                  points: 20
                  full-at: 1
                  zero-at: 0.5
                  basis: 应进必进
                - measure: on-time-rate
                  points: 40
                  full-at: 1
                  zero-at: 0.8
                  basis: 承诺时限
                - measure: abnormal-operations
                  points: 20
                  deduct: 1
                  basis: 异常操作
                - measure: complaints-upheld
                  points: 20
                  deduct: 5
                  basis: 信访工作条例
              grades:
                优秀: 90
                良好: 80
                合格: 60
                不合格: 0
            """
        return replace.isEmpty ? text : text.replacingOccurrences(of: replace, with: with)
    }

    @Test func theShippedFormulaIsValidAndCoversEveryMeasure() throws {
        let parsed = EvaluationFormulaParser.parse(try Self.shipped())
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let formula = try #require(parsed.formula)
        #expect(Set(formula.rules.map(\.measure)) == Set(EvaluationMeasure.allCases))
        #expect(abs(formula.rules.reduce(0) { $0 + $1.points } - 100) < 1e-9)
        #expect(formula.rules.allSatisfy { !$0.basis.isEmpty })
        #expect(formula.grades.map(\.grade) == [.excellent, .good, .pass, .fail])
    }

    @Test(arguments: [
        ("      zero-at: 0.5", "      zero-at: 0.5\n      colour: red", 9, "colour"),
        ("      points: 40", "      points: 41", 5, "101"),
        ("      deduct: 1\n", "      full-at: 1\n      zero-at: 0\n", 15, "abnormal-operations"),
        ("    - measure: on-time-rate", "    - measure: on-time-ratio", 10, "on-time-ratio"),
        ("      zero-at: 0.8", "      zero-at: 1", 12, "full-at"),
        ("      points: 20\n      deduct: 5", "      points: 20\n      deduct: lots", 21, "lots"),
        ("    良好: 80", "    良好: 95", 24, "优秀"),
        ("\n    不合格: 0", "", 24, "不合格"),
        ("    - measure: complaints-upheld", "    - measure: abnormal-operations", 19, "abnormal-operations"),
    ] as [(String, String, Int, String)])
    func aMistakeIsReportedAtItsLine(_ replace: String, _ with: String, _ line: Int, _ named: String) {
        let text = Self.variant(replace, with: with)
        #expect(text != Self.variant(), "the replacement did not apply")
        let parsed = Self.parse(text)
        #expect(parsed.formula == nil)
        let hit = parsed.diagnostics.first { $0.location.line == line && $0.message.text(.zh).contains(named) }
        #expect(hit != nil, "\(parsed.diagnostics.map { $0.rendered(.zh) })")
    }

    @Test func aMissingDimensionIsNamed() {
        let text = Self.variant("""
                - measure: complaints-upheld
                  points: 20
                  deduct: 5
                  basis: 信访工作条例
            """, with: """
                - measure: overdue-days
                  points: 20
                  deduct: 5
                  basis: 超期
            """)
        let parsed = Self.parse(text)
        #expect(parsed.formula == nil)
        #expect(parsed.diagnostics.contains { $0.message.text(.en).contains("effect") && $0.location.line == 5 })
    }

    @Test func ratesScoreBetweenTheirLevelsAndCountsDeductToZero() throws {
        let formula = try #require(Self.parse(Self.variant()).formula)
        var counts = EvaluationCounts()
        counts.powersHeld = 4
        counts.powersExercised = 3          // 0.75: halfway between 0.5 and 1 → 10 of 20
        counts.concludedWithLimit = 10
        counts.onTime = 9                   // 0.9: halfway between 0.8 and 1 → 20 of 40
        counts.abnormal = 3                 // 20 − 3
        counts.complaintsUpheld = 9         // 20 − 45, never below 0
        let score = formula.score(counts)
        let points = score.lines.map(\.points)
        for (got, expected) in zip(points, [10.0, 20, 17, 0]) { #expect(abs(got - expected) < 1e-9, "\(points)") }
        #expect(abs(score.total - 47) < 1e-9)
        #expect(score.grade == .fail)
        #expect(abs(score.points(.timeliness) - 20) < 1e-9)

        // Nothing to count: a rate earns full points, nothing was late.
        let empty = formula.score(EvaluationCounts())
        #expect(empty.total == 100 && empty.grade == .excellent)
        #expect(empty.lines.first?.value == nil)
        #expect(formula.grade(79.999) == .good)     // 80.00 at two decimals
        #expect(formula.grade(79.99) == .pass)
        #expect(formula.grade(90) == .excellent)
    }
}
