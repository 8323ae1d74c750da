import Foundation
import Testing
@testable import Workflow

extension EngineHarness {
    init(engine: CaseEngine) { self.engine = engine }

    /// The shipped definitions with XK-001's `no-extension` taken out: the licence flow's extension
    /// (行政许可法 Art. 42), which 条例 Art. 42 excludes for the one licence item shipped.
    static func withoutNoExtension() throws -> EngineHarness {
        let sources = Fixtures.shippedSources(replacing: "320600-XK-001.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("no-extension:") }.joined(separator: "\n")
        }
        let set = try #require(DefinitionCompiler.compile(sources).set)
        return EngineHarness(engine: CaseEngine(definitions: set, calendar: Fixtures.calendar))
    }
}
