import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// A version stored under an earlier release stays loadable when a later release adds a rule it
/// does not meet (the second legal pass made `limitation` required on penalty items): running
/// cases depend on it. A new version must meet every rule.
@Suite struct StoredVersionTests {
    @Test func aVersionFromBeforeARuleStillLoads() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let stripped = try store.definitions.sources(version: 1).map { source in
            SourceFile(path: source.path, text: source.text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("limitation:") }.joined(separator: "\n"))
        }
        #expect(DefinitionCompiler.compile(stripped).set == nil, "a new version must state its limitation")
        try store.database.pool.write { db in
            for source in stripped {
                try db.execute(sql: "UPDATE definition_file SET text = ? WHERE version_id = 1 AND path = ?", arguments: [source.text, source.path])
            }
            try db.execute(sql: "DELETE FROM definition_compiled")
        }
        try store.database.pool.close()
        let reopened = try PowerDeskStore.open(at: fixture.path)
        let set = try reopened.definitions.set(version: 1)
        #expect(set.items.filter { $0.kind == .penalty }.allSatisfy { $0.limitation == nil })
        let opened = try reopened.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(try reopened.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk).state.step == "review")
    }
}
