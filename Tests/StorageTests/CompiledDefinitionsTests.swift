import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// Definitions are compiled once per version and build, stored, and read back at start-up; the
/// stored form can never silently replace what the files say.
@Suite struct CompiledDefinitionsTests {
    @Test func aNewDatabaseHoldsThisBuildsCompiledFormAndReadsItBack() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let stored = try store.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT compiler FROM definition_compiled WHERE version_id = 1")
        }
        #expect(stored == [CompilerIdentity.current])
        try store.database.pool.close()
        let reopened = try PowerDeskStore.open(at: fixture.path)
        let fromStore = try reopened.definitions.set(version: 1)
        let fromFiles = try reopened.database.pool.read { try reopened.definitionRepository.compile(version: 1, $0) }
        #expect(fromStore == fromFiles)
        #expect(fromStore.items.count == 40)
    }

    @Test func aCompiledFormEditedBehindTheFilesBackIsFound() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        #expect(try store.verify().isIntact)
        // Another version's compiled set (one item fewer) stored as version 1's.
        var set = try store.definitions.set(version: 1)
        set = DefinitionSet(bureau: set.bureau, procedures: Array(set.procedures.values), items: Array(set.items.dropFirst()), templates: set.templates)
        let data = Data(try CompactEncoder().encode(set))
        try store.database.pool.write { db in
            try db.execute(sql: "UPDATE definition_compiled SET data = ? WHERE version_id = 1", arguments: [data])
        }
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "storage.audit.compiledMismatch")
    }

    @Test func anotherBuildsCompiledFormIsNotUsed() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        var set = try store.definitions.set(version: 1)
        set = DefinitionSet(bureau: set.bureau, procedures: Array(set.procedures.values), items: Array(set.items.prefix(1)), templates: set.templates)
        let data = Data(try CompactEncoder().encode(set))
        try store.database.pool.write { db in
            try db.execute(sql: "DELETE FROM definition_compiled")
            try db.execute(sql: "INSERT INTO definition_compiled (version_id, compiler, data, made_at) VALUES (1, 'another-build', ?, 0)", arguments: [data])
        }
        try store.database.pool.close()
        let reopened = try PowerDeskStore.open(at: fixture.path)
        #expect(try reopened.definitions.set(version: 1).items.count == 40)
        // The start stored this build's form beside the other one.
        let compilers = try reopened.database.pool.read { try String.fetchAll($0, sql: "SELECT compiler FROM definition_compiled ORDER BY compiler") }
        #expect(compilers == ["another-build", CompilerIdentity.current].sorted())
    }
}
