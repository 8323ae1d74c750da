import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Creating and opening databases, and every way a file can be wrong: each gets a message and
/// the file is left as it was.
@Suite struct DatabaseLifecycleTests {
    @Test func aNewDatabaseIsPrivateWALAndSynchronousFull() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // Read on the writer, after the pool is open: a reader connection says FULL even when the
        // writer, the only connection that commits, was left at NORMAL by GRDB's WAL set-up.
        let (journal, synchronous, foreignKeys) = try store.database.pool.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2, "FULL on the writing connection")
        #expect(foreignKeys == 1)
        #expect(try store.definitions.activeVersion() == 1)
    }

    @Test func aReopenedDatabaseCommitsWithSynchronousFull() throws {
        let fixture = try StoreFixture()
        try fixture.empty().database.pool.close()
        let store = try PowerDeskStore.open(at: fixture.path)
        let onWriter = try store.database.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        let inTransaction = try store.database.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(onWriter == 2)
        #expect(inTransaction == 2)
        // The other settings made at open, read back where they act: the writer's foreign keys.
        let foreignKeys = try store.database.pool.write { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
        // The wait for another writer's lock is bounded: about 10 s of half-millisecond polls.
        #expect(PowerDeskDatabase.waitForLock(1))
        #expect(!PowerDeskDatabase.waitForLock(20_000))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let fixture = try StoreFixture()
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: fixture.path))
        #expect(throws: StorageError(StoragePhrases.alreadyExists(fixture.path))) { try fixture.empty() }
        #expect(try String(contentsOfFile: fixture.path, encoding: .utf8) == "keep me")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let fixture = try StoreFixture()
        let text = String(repeating: "这不是数据库。", count: 200)
        try Data(text.utf8).write(to: URL(fileURLWithPath: fixture.path))
        #expect(throws: StorageError(StoragePhrases.notADatabase(fixture.path))) { try PowerDeskStore.open(at: fixture.path) }
        #expect(try String(contentsOfFile: fixture.path, encoding: .utf8) == text)
    }

    @Test func anotherApplicationsSQLiteFileIsRefused() throws {
        let fixture = try StoreFixture()
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
        try queue.close()
        #expect(throws: StorageError(StoragePhrases.notADatabase(fixture.path))) { try PowerDeskStore.open(at: fixture.path) }
        let tables = try DatabaseQueue(path: fixture.path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["photos"], "nothing of ours was added")
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        try store.database.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        try store.database.pool.close()
        #expect(throws: StorageError(StoragePhrases.newerVersion(fixture.path, "v9-future"))) { try PowerDeskStore.open(at: fixture.path) }
    }

    @Test func aMissingFileSaysHowToCreateOne() throws {
        let fixture = try StoreFixture()
        #expect(throws: StorageError(StoragePhrases.notFound(fixture.path))) { try PowerDeskStore.open(at: fixture.path) }
    }

    @Test func aCorruptedDatabaseIsReportedAsSuch() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try store.database.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try store.database.pool.close()
        // Scribble over the pages after the header: the file still claims to be SQLite.
        let handle = try #require(FileHandle(forUpdatingAtPath: fixture.path))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 64 * 1024))
        try handle.close()
        #expect(throws: StorageError.self) {
            let reopened = try PowerDeskStore.open(at: fixture.path)
            _ = try reopened.verify()
        }
    }

    @Test func aProductionDatabaseRefusesAFixedClock() throws {
        let fixture = try StoreFixture()
        #expect(throws: StorageError(StoragePhrases.fixedClockNotAllowed())) {
            try fixture.empty(kind: .production, clock: .fixed(DemoSeeder.now))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
    }

    @Test func aReadOnlyLocationIsExplained() throws {
        guard getuid() != 0 else {
            // Root ignores permission bits; the read-only case is shown with SQLite's own read-only open instead.
            let fixture = try StoreFixture()
            let store = try fixture.empty()
            try store.database.pool.close()
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: fixture.path, configuration: configuration)
            let error = try #require(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM meta") } }
            #expect(StorageError.from(error, path: fixture.path) == StorageError(StoragePhrases.readOnly(fixture.path)))
            return
        }
        let fixture = try StoreFixture()
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: fixture.directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fixture.directory.path) }
        #expect(throws: StorageError(StoragePhrases.readOnly(fixture.path))) { try fixture.empty() }
    }

    @Test func aFullDiskFailsTheOperationAndKeepsTheData() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let before = try store.cases.count()
        let pages = try store.database.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try store.database.pool.close()
        // SQLite's max_page_count makes the database "full" at its current size.
        let full = try PowerDeskStore.open(at: fixture.path, maxPageCount: pages)
        var draft = try StoreFixture.licenceDraft()
        draft.subject = String(repeating: "很长的事由", count: 2000)
        var sawFull = false
        for _ in 0..<50 where !sawFull {
            do {
                _ = try full.cases.open(draft, by: StoreFixture.clerk)
            } catch let error as StorageError {
                #expect(error == StorageError(StoragePhrases.diskFull()))
                sawFull = true
            }
        }
        #expect(sawFull)
        let verification = try full.verify()
        #expect(verification.isIntact)
        #expect(try full.cases.count() >= before)
    }

    @Test func aGroupThatDoesNotExistLeavesNoFile() throws {
        let fixture = try StoreFixture()
        #expect(throws: StorageError(StoragePhrases.badGroup("no-such-group-pd"))) {
            try PowerDeskStore.create(at: fixture.path, kind: .demo, clock: .fixed(DemoSeeder.now), group: "no-such-group-pd",
                                      definitions: StoreFixture.definitions(), schedules: StoreFixture.schedules(), admin: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
        // A group that exists gets the file, readable and writable by the group only.
        _ = try PowerDeskStore.create(at: fixture.path, kind: .demo, clock: .fixed(DemoSeeder.now), group: "root",
                                      definitions: StoreFixture.definitions(), schedules: StoreFixture.schedules(), admin: nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o660)
        #expect((attributes[.groupOwnerAccountID] as? Int) == 0)
    }
}
