import Foundation
import Localization
import Testing
@testable import Storage
import Workflow

/// New databases and backups are built under a hidden temporary name and appear whole; failures
/// leave nothing behind, and a backup never lands on the database's own files.
@Suite struct AtomicCreationTests {
    static func entries(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func aNewDatabaseLeavesOnlyItsOwnFileAndAFailureLeavesNothing() throws {
        let fixture = try StoreFixture()
        #expect(throws: StorageError(StoragePhrases.badGroup("no-such-group-pd"))) {
            try PowerDeskStore.create(at: fixture.path, kind: .demo, clock: .fixed(DemoSeeder.now), group: "no-such-group-pd",
                                      definitions: StoreFixture.definitions(), schedules: StoreFixture.schedules(), admin: nil)
        }
        #expect(try Self.entries(fixture.directory).isEmpty)
        // A production admin with a password the rules refuse: the whole creation fails, nothing stays.
        #expect(throws: StorageError.self) {
            try PowerDeskStore.create(at: fixture.path, kind: .production, definitions: StoreFixture.definitions(), schedules: StoreFixture.schedules(),
                                      admin: (id: "bad name!", name: "x", password: "long enough password"))
        }
        #expect(try Self.entries(fixture.directory).isEmpty)

        let store = try fixture.demo()
        #expect(try store.cases.count() > 0)
        #expect(store.database.path == fixture.path)
        #expect(store.database.clock == .fixed(DemoSeeder.now))
        #expect(try Self.entries(fixture.directory).allSatisfy { $0.hasPrefix("desk.sqlite") })
        #expect(try store.verify().isIntact)
    }

    @Test func aBackupAppearsWholeAndNeverOnTheDatabasesOwnFiles() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        for target in [fixture.path, fixture.path + "-wal", fixture.path + "-shm"] {
            #expect(throws: StorageError(StoragePhrases.alreadyExists(target))) { try store.backup(to: target) }
        }
        let target = fixture.directory.appendingPathComponent("copy.sqlite").path
        let result = try store.backup(to: target)
        #expect(result.cases == (try store.cases.count()))
        #expect(result.verification.isIntact)
        #expect(try Self.entries(fixture.directory).allSatisfy { !$0.contains(".tmp-") })
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try PowerDeskStore.open(at: target).verify().isIntact)
    }
}
