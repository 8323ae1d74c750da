import Foundation
import GRDB
import Localization
import Workflow

/// The storage facade the command line and the desk use: one database and the repositories over
/// it. SQL stays inside this module, so another backend can replace it without touching
/// Workflow or the desk.
public final class PowerDeskStore: Sendable {
    public let database: PowerDeskDatabase
    let definitionRepository: DefinitionRepository
    let userRepository: UserRepository
    let caseService: CaseService
    let attachmentRepository: AttachmentRepository
    let caseQueue: CaseQueue
    let documentRepository: DocumentRepository

    /// The stores the desk and the command line use, as protocols: the SQLite implementations
    /// stay inside this module.
    public var definitions: any DefinitionStore { definitionRepository }
    public var users: any UserStore { userRepository }
    public var cases: any CaseStore { caseService }
    public var attachments: any AttachmentStore { attachmentRepository }
    public var queue: any QueueStore { caseQueue }
    public var documents: any DocumentStore { documentRepository }

    init(database: PowerDeskDatabase) {
        self.database = database
        definitionRepository = DefinitionRepository(database: database)
        userRepository = UserRepository(database: database)
        caseService = CaseService(database: database, definitions: definitionRepository)
        attachmentRepository = AttachmentRepository(database: database)
        caseQueue = CaseQueue(database: database)
        documentRepository = DocumentRepository(database: database, definitions: definitionRepository, cases: caseService)
    }

    public static func open(at path: String) throws -> PowerDeskStore {
        PowerDeskStore(database: try PowerDeskDatabase.open(at: path))
    }

    static func open(at path: String, maxPageCount: Int?) throws -> PowerDeskStore {
        PowerDeskStore(database: try PowerDeskDatabase.open(at: path, maxPageCount: maxPageCount))
    }

    /// Creates a database with the given definitions (version 1) and holiday schedules, and a
    /// first administrator. Either all of it is there afterwards, or no file is.
    public static func create(
        at path: String, kind: DatabaseKind, clock: DeskClock = .real, group: String? = nil,
        definitions sources: [SourceFile], schedules: [(file: String, text: String)],
        admin: (id: String, name: String, password: String)?
    ) throws -> PowerDeskStore {
        let database = try PowerDeskDatabase.create(at: path, kind: kind, clock: clock, group: group)
        let store = PowerDeskStore(database: database)
        do {
            let at = EventCoding.truncate(clock.now())
            try database.write { db in
                try store.definitionRepository.install(sources, status: "active", note: "initial", by: "system", at: at, db)
                try store.definitionRepository.installSchedules(schedules, by: "system", at: at, db)
                if let admin {
                    try store.userRepository.create(id: admin.id, name: admin.name, section: "office", posts: ["admin"], password: admin.password, by: "system", at: at, db)
                }
            }
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        return store
    }

    /// A demo or training database with its accounts and sample cases; removed again if seeding
    /// fails, so no half-made database is left behind.
    public static func createDemo(
        at path: String, definitions sources: [SourceFile], schedules: [(file: String, text: String)], group: String? = nil
    ) throws -> PowerDeskStore {
        let store = try create(at: path, kind: .demo, clock: .fixed(DemoSeeder.now), group: group, definitions: sources, schedules: schedules, admin: nil)
        do {
            try DemoSeeder.seed(store)
        } catch {
            try? store.database.pool.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        return store
    }

    /// The full integrity check of `powerdesk audit verify`.
    public func verify() throws -> AuditVerification {
        do {
            return try IntegrityCheck.run(database.pool, definitions: definitionRepository)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: database.path)
        }
    }

    /// SQLite's online backup to `path`, then the copy is opened and verified.
    public func backup(to path: String) throws -> (cases: Int, verification: AuditVerification) {
        if FileManager.default.fileExists(atPath: path) { throw StorageError(StoragePhrases.alreadyExists(path)) }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw StorageError(StoragePhrases.backupDirectoryMissing(directory))
        }
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StorageError(StoragePhrases.readOnly(path))
        }
        do {
            let destination = try DatabaseQueue(path: path)
            try database.pool.backup(to: destination)
            try destination.close()
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: path)
            throw StorageError.from(error, path: path)
        }
        let copy = try PowerDeskStore.open(at: path)
        let verification = try copy.verify()
        guard verification.isIntact else {
            throw StorageError(StoragePhrases.backupCheckFailed(path, verification.message))
        }
        return (try copy.caseService.count(), verification)
    }
}
