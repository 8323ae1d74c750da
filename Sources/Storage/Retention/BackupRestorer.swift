import Foundation
import GRDB
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// `powerdesk restore BACKUP`: a backup replaces the database only after a copy of it, made
/// beside the database, passed the full `audit verify` against the anchors kept outside; the copy
/// then takes the database's name in one `rename`, the old file having been linked to a name of
/// its own first. A damaged backup, another database's backup or a database in use changes
/// nothing; a process killed at any point leaves the old database or the new one at the path.
public enum BackupRestorer {
    public static func restore(_ backup: String, over path: String, anchors: [AuditAnchor], allowOtherDatabase: Bool, now: Date = Date()) throws -> RestoreReport {
        guard FileManager.default.fileExists(atPath: backup) else { throw StorageError(RetentionPhrases.restoreMissing(backup)) }
        if DatabaseFiles.isPart(backup, of: path) { throw StorageError(StoragePhrases.alreadyExists(backup)) }
        let current = FileManager.default.fileExists(atPath: path) ? try CurrentDatabase.inspect(path) : nil
        let temporary = DatabaseFiles.temporaryPath(for: path)
        do {
            let checked = try check(backup, copiedTo: temporary, anchors: anchors)
            if let current, let origin = current.origin, origin != checked.origin, !allowOtherDatabase {
                throw StorageError(RetentionPhrases.restoreOtherDatabase(backup))
            }
            let aside = try current.map { try swap(temporary, over: path, current: $0, now: now) }
            if current == nil { try DatabaseFiles.publish(temporary, at: path) }
            return RestoreReport(cases: checked.cases, records: checked.records, anchorsChecked: checked.anchorsChecked,
                                 anchorBeyond: checked.beyond, replacedRecords: current?.records, setAside: aside)
        } catch {
            DatabaseFiles.remove(temporary)
            throw DatabaseFiles.renaming(error, from: temporary, to: path)
        }
    }

    /// The backup copied through SQLite's backup (the backup file itself is only read), opened
    /// (migrated if it is older) and verified against this database's anchors that it reaches.
    static func check(_ backup: String, copiedTo temporary: String, anchors: [AuditAnchor]) throws -> CheckedBackup {
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StorageError(StoragePhrases.readOnly(temporary))
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let source = try DatabaseQueue(path: backup, configuration: configuration)
            let destination = try DatabaseQueue(path: temporary)
            try source.backup(to: destination)
            try destination.close()
            try source.close()
        } catch let error as DatabaseError {
            throw StorageError(RetentionPhrases.restoreDamaged(backup, StorageError.from(error, path: backup).message))
        }
        let copy: PowerDeskStore
        do {
            copy = try PowerDeskStore.open(at: temporary)
        } catch let error as StorageError {
            let named = DatabaseFiles.renaming(error, from: temporary, to: backup) as? StorageError ?? error
            throw StorageError(RetentionPhrases.restoreDamaged(backup, named.message))
        }
        do {
            let (origin, records) = try copy.database.read { db in
                (try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = 1") ?? AuditChain.genesis,
                 try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM audit") ?? 0)
            }
            let mine = anchors.filter { $0.origin == origin }
            let reached = mine.filter { $0.seq <= Int64(records) }
            let verification = try copy.verify(anchors: reached)
            guard verification.isIntact else { throw StorageError(RetentionPhrases.restoreDamaged(backup, verification.message)) }
            let cases = try copy.caseService.count()
            try copy.database.close()
            let beyond = mine.filter { $0.seq > Int64(records) }.max { $0.seq < $1.seq }
            return CheckedBackup(origin: origin, records: verification.records, cases: cases, anchorsChecked: verification.anchorsChecked, beyond: beyond)
        } catch {
            try? copy.database.pool.close()
            throw error
        }
    }

    /// The old database linked to `NAME.before-restore-STAMP` (its write-ahead log emptied into it
    /// first, or moved beside it when it cannot be), then the checked copy renamed over `path`.
    static func swap(_ temporary: String, over path: String, current: CurrentDatabase, now: Date) throws -> String {
        let aside = path + ".before-restore-" + stamp(now)
        try syncFile(temporary, reporting: path)
        for suffix in DatabaseFiles.suffixes.dropFirst() { unlink(temporary + suffix) }
        guard link(path, aside) == 0 else { throw StorageError(RetentionPhrases.restoreFailed(path, String(cString: strerror(errno)))) }
        for suffix in DatabaseFiles.suffixes.dropFirst() where FileManager.default.fileExists(atPath: path + suffix) {
            if current.checkpointed {
                unlink(path + suffix)
            } else if rename(path + suffix, aside + suffix) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(aside)
                throw StorageError(RetentionPhrases.restoreFailed(path, reason))
            }
        }
        // The restored file gets the old one's mode and group (0660 root:powerdesk when installed).
        if let attributes = try? FileManager.default.attributesOfItem(atPath: aside) {
            var kept: [FileAttributeKey: Any] = [:]
            kept[.posixPermissions] = attributes[.posixPermissions]
            kept[.groupOwnerAccountID] = attributes[.groupOwnerAccountID]
            try? FileManager.default.setAttributes(kept, ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(aside)
            throw StorageError(RetentionPhrases.restoreFailed(path, reason))
        }
        syncDirectory(of: path)
        return aside
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    private static func syncFile(_ file: String, reporting path: String) throws {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageError(StoragePhrases.readOnly(path)) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard synced == 0 else { throw StorageError(StoragePhrases.readOnly(path)) }
    }

    private static func syncDirectory(of path: String) {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = open(parent.isEmpty ? "." : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }
}
