import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import Localization

/// One PowerDesk database file: WAL mode, `synchronous = FULL` on the writer (see `openPool`), foreign keys on, bounded waits
/// when other `powerdesk` processes hold the lock. Opening never changes a file it cannot use.
public final class PowerDeskDatabase: Sendable {
    public let path: String
    public let pool: DatabasePool
    public let kind: DatabaseKind
    public let clock: DeskClock

    /// How long a writer waits for another process before giving up with a message.
    static let busyTimeout: TimeInterval = 10

    private init(path: String, pool: DatabasePool, kind: DatabaseKind, clock: DeskClock) {
        self.path = path
        self.pool = pool
        self.kind = kind
        self.clock = clock
    }

    /// Waits for another writer by polling every half millisecond or so, up to `busyTimeout`.
    /// SQLite's own busy handler backs off to 100 ms sleeps, so a desk that missed the lock a few
    /// times slept far longer than the lock was held (p99 waits of 100 ms with four writers);
    /// the jitter keeps waiting writers from waking in step.
    static let waitForLock: Database.BusyCallback = { tries in
        let pause: UInt32 = 500
        guard Double(tries) * Double(pause) / 1_000_000 < busyTimeout else { return false }
        usleep(UInt32.random(in: (pause / 2)...(pause * 3 / 2)))
        return true
    }

    static func configuration(maxPageCount: Int? = nil) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .callback(waitForLock)
        configuration.foreignKeysEnabled = true
        configuration.label = "PowerDesk"
        configuration.prepareDatabase { db in
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        return configuration
    }

    /// Opens the pool and makes every commit durable. `synchronous` cannot be set in
    /// `prepareDatabase`: `DatabasePool` sets up WAL mode on its writer afterwards and sets
    /// `synchronous = NORMAL` there, which syncs the WAL only at checkpoints, so a power cut could
    /// lose operations the clerk was told were done. FULL syncs the WAL at every commit. The
    /// writer connection lives as long as the pool, so setting it once here holds; the value is
    /// read back, so a library that undoes it again is caught at open, not after a power cut.
    static func openPool(at path: String, configuration: Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration)
        let synchronous = try pool.writeWithoutTransaction { db -> Int in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            return try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 0
        }
        guard synchronous == durableSynchronous else {
            try? pool.close()
            throw StorageError(StoragePhrases.notDurable(path, synchronous))
        }
        return pool
    }

    /// SQLite's code for `synchronous = FULL`.
    static let durableSynchronous = 2

    /// Creates a new database. Refuses an existing file rather than touch it. The file is made
    /// readable by its owner only, or by `group` when the desk is shared on one host.
    public static func create(at path: String, kind: DatabaseKind, clock: DeskClock = .real, group: String? = nil) throws -> PowerDeskDatabase {
        if case .fixed = clock, !kind.allowsFixedClock { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { throw StorageError(StoragePhrases.alreadyExists(path)) }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !manager.fileExists(atPath: directory) {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StorageError(StoragePhrases.readOnly(directory))
            }
        }
        let mode: Int16 = group == nil ? 0o600 : 0o660
        guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: mode]) else {
            throw StorageError(StoragePhrases.readOnly(path))
        }
        if let group {
            // A shared file whose group could not be set would be readable by the wrong group.
            // Foundation ignores an unknown group name silently, so the group is looked up here.
            guard let entry = getgrnam(group), chown(path, uid_t.max, entry.pointee.gr_gid) == 0 else {
                try? manager.removeItem(atPath: path)
                throw StorageError(StoragePhrases.badGroup(group))
            }
        }
        do {
            let pool = try openPool(at: path, configuration: configuration())
            try Schema.migrator.migrate(pool)
            try pool.write { db in
                try MetaTable.set("kind", kind.rawValue, db)
                try MetaTable.set("created_at", String(clock.now().timeIntervalSince1970), db)
                if case let .fixed(date) = clock { try MetaTable.set("clock", String(date.timeIntervalSince1970), db) }
            }
            return PowerDeskDatabase(path: path, pool: pool, kind: kind, clock: clock)
        } catch {
            // A database that could not be set up completely is not left behind half-made.
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: path + suffix) }
            throw StorageError.from(error, path: path)
        }
    }

    /// Opens an existing database, checking that it is one of ours and not from a newer version.
    public static func open(at path: String, maxPageCount: Int? = nil) throws -> PowerDeskDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw StorageError(StoragePhrases.notFound(path)) }
        do {
            let pool = try openPool(at: path, configuration: configuration(maxPageCount: maxPageCount))
            let migrator = Schema.migrator
            let (applied, hasMeta) = try pool.read { db in
                (try migrator.appliedIdentifiers(db), try db.tableExists("meta"))
            }
            let known = Set(migrator.migrations)
            if let unknown = applied.subtracting(known).sorted().first {
                throw StorageError(StoragePhrases.newerVersion(path, unknown))
            }
            // An SQLite file but not ours: refuse instead of adding our tables to it.
            guard hasMeta else { throw StorageError(StoragePhrases.notADatabase(path)) }
            if applied.count < known.count { try migrator.migrate(pool) }
            try? StatisticsUpkeep.refresh(pool, migrated: applied.count < known.count)
            let (kindText, clockText, audited) = try pool.read { db in
                (try MetaTable.get("kind", db), try MetaTable.get("clock", db), try DatabaseKind.audited(db))
            }
            let kind = kindText.flatMap(DatabaseKind.init(rawValue:)) ?? .production
            // A kind changed after creation (a production database turned demo, for its fixed
            // clock and accounts) is refused, not trusted.
            if let audited, audited != kind || kindText != audited.rawValue {
                try? pool.close()
                throw StorageError(StoragePhrases.kindChanged(path, audited.rawValue))
            }
            var clock = DeskClock.real
            if let clockText, let seconds = TimeInterval(clockText) {
                guard kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
                clock = .fixed(Date(timeIntervalSince1970: seconds))
            } else if let offset = try pool.read({ try MetaTable.get(ClockAdvance.offsetKey, $0) }).flatMap(TimeInterval.init) {
                guard kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
                clock = .shifted(offset)
            }
            return PowerDeskDatabase(path: path, pool: pool, kind: kind, clock: clock)
        } catch {
            throw StorageError.from(error, path: path)
        }
    }

    /// Folds the write-ahead log into the main file and closes every connection, so the file
    /// alone is the whole database (before it is published under its name or copied).
    func close() throws {
        do {
            try? StatisticsUpkeep.optimize(pool)
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try pool.close()
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: path)
        }
    }

    /// Runs `body` as one write transaction, translating failures for the desk.
    /// Errors of the domain (an engine's rejection) pass through unchanged; database errors are
    /// translated.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: path)
        }
    }
}
