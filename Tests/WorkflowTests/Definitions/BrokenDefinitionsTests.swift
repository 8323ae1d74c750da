import Foundation
import Localization
import Testing
@testable import Workflow

/// The validator's output on deliberately broken files, compared line by line with
/// `Fixtures/broken/expected.txt`, which a person wrote and checked. Set POWERDESK_RECORD=1 to
/// rewrite the file after a deliberate change, then read the diff before committing it.
@Suite struct BrokenDefinitionsTests {
    static let brokenDirectory = Fixtures.repositoryRoot.appendingPathComponent("Tests/WorkflowTests/Fixtures/broken")

    /// The shipped bureau and procedures plus the broken files, reported with short file names.
    static func diagnostics(language: Language = .zh) -> [String] {
        let broken = DefinitionLoader.sources(at: [brokenDirectory.path]).sources
        let context = Fixtures.shippedSources().filter { !$0.path.contains("/items/") }
        let result = DefinitionCompiler.compile(context + broken)
        return result.diagnostics
            .filter { $0.location.file.contains("/broken/") }
            .map { diagnostic in
                let name = URL(fileURLWithPath: diagnostic.location.file).lastPathComponent
                return "\(name):\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message.text(language))"
                    + (diagnostic.severity == .warning ? " [warning]" : "")
            }
    }

    @Test func validatorOutputMatchesTheCheckedExpectationLineByLine() throws {
        let actual = Self.diagnostics()
        let expectedURL = Self.brokenDirectory.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["POWERDESK_RECORD"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(String.init)
        for (index, line) in zip(expected, actual).enumerated().map({ ($0, $1) }) where line.0 != line.1 {
            Issue.record("line \(index + 1)\n  expected: \(line.0)\n  actual:   \(line.1)")
        }
        #expect(actual.count == expected.count, "expected \(expected.count) diagnostics, got \(actual.count)")
    }

    @Test func everyDiagnosticHasAnEnglishRenderingToo() {
        let chinese = Self.diagnostics()
        let english = Self.diagnostics(language: .en)
        #expect(english.count == chinese.count)
        for (zh, en) in zip(chinese, english) {
            #expect(zh != en, "no English rendering for: \(zh)")
        }
    }
}
