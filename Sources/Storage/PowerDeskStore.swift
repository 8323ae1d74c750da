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
    /// The supervision board's numbers (issue 15).
    public let supervision: SupervisionBoard
    /// Supervision notices (督办) and cards.
    public let notices: SupervisionNotices

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
        userRepository = UserRepository(database: database, definitions: definitionRepository)
        caseService = CaseService(database: database, definitions: definitionRepository)
        attachmentRepository = AttachmentRepository(database: database, cases: caseService)
        caseQueue = CaseQueue(database: database, definitions: definitionRepository)
        documentRepository = DocumentRepository(database: database, definitions: definitionRepository, cases: caseService)
        supervision = SupervisionBoard(database: database, definitions: definitionRepository)
        notices = SupervisionNotices(database: database, definitions: definitionRepository)
    }

    public static func open(at path: String) throws -> PowerDeskStore {
        let store = PowerDeskStore(database: try PowerDeskDatabase.open(at: path))
        store.definitionRepository.prepareCompiled()
        return store
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
        try build(at: path, kind: kind, clock: clock, group: group) { store in
            try store.install(definitions: sources, schedules: schedules, admin: admin, clock: clock)
        }
    }

    /// A demo or training database with its accounts and sample cases; like every new database it
    /// appears whole or not at all.
    public static func createDemo(
        at path: String, definitions sources: [SourceFile], schedules: [(file: String, text: String)], group: String? = nil
    ) throws -> PowerDeskStore {
        let clock = DeskClock.fixed(DemoSeeder.now)
        return try build(at: path, kind: .demo, clock: clock, group: group) { store in
            try store.install(definitions: sources, schedules: schedules, admin: nil, clock: clock)
            try DemoSeeder.seed(store)
        }
    }

    private func install(
        definitions sources: [SourceFile], schedules: [(file: String, text: String)], admin: (id: String, name: String, password: String)?, clock: DeskClock
    ) throws {
        let at = EventCoding.truncate(clock.now())
        try database.write { db in
            // The kind is part of the chain from the first record: changing `meta` later (a
            // production database turned demo, for its fixed clock) is found by `audit verify`.
            // A random id makes the first record, and so the database's origin for its anchors,
            // unique even for demo databases made at the same fixed moment.
            try AuditChain.append(kind: DatabaseKind.auditKind, body: "{\"id\":\"\(UUID().uuidString)\",\"kind\":\"\(database.kind.rawValue)\"}",
                                  userID: "system", caseID: nil, eventSeq: nil, at: at, db)
            try definitionRepository.install(sources, status: "active", note: "initial", by: "system", at: at, db)
            try definitionRepository.installSchedules(schedules, by: "system", at: at, db)
            if let admin {
                try userRepository.create(id: admin.id, name: admin.name, section: "office", posts: ["admin"], password: admin.password, by: "system", at: at, db)
            }
        }
    }

    /// Builds a database under a hidden temporary name beside `path`, fills it, verifies it,
    /// closes it with its write-ahead log folded in, then publishes it under `path` in one
    /// durable step. A process killed at any moment leaves either no file at `path` or a complete
    /// database that verifies; a failure removes the temporary files.
    private static func build(
        at path: String, kind: DatabaseKind, clock: DeskClock, group: String?, fill: (PowerDeskStore) throws -> Void
    ) throws -> PowerDeskStore {
        if FileManager.default.fileExists(atPath: path) { throw StorageError(StoragePhrases.alreadyExists(path)) }
        let temporary = DatabaseFiles.temporaryPath(for: path)
        do {
            let store = PowerDeskStore(database: try PowerDeskDatabase.create(at: temporary, kind: kind, clock: clock, group: group))
            do {
                try fill(store)
                let verification = try store.verify()
                guard verification.isIntact else { throw StorageError(StoragePhrases.createCheckFailed(path, verification.message)) }
                try store.database.close()
            } catch {
                try? store.database.pool.close()
                throw error
            }
            try DatabaseFiles.publish(temporary, at: path)
        } catch {
            DatabaseFiles.remove(temporary)
            throw DatabaseFiles.renaming(error, from: temporary, to: path)
        }
        return try PowerDeskStore.open(at: path)
    }

    /// The full integrity check of `powerdesk audit verify`, against the anchors given.
    public func verify(anchors: [AuditAnchor] = []) throws -> AuditVerification {
        do {
            return try IntegrityCheck.run(database.pool, definitions: definitionRepository, anchors: anchors)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: database.path)
        }
    }

    /// The hash chain alone (the first part of `verify`), for the benchmark and for anchors.
    public func verifyChain() throws -> AuditVerification {
        do {
            return try AuditChain.verify(database.pool)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: database.path)
        }
    }

    /// The chain's head as an anchor to write outside the database, once the chain is checked:
    /// anchoring a chain already broken would vouch for the break.
    public func anchor() throws -> AuditAnchor {
        let chain = try verifyChain()
        guard chain.isIntact else { throw StorageError(chain.message) }
        let origin = try database.read { try String.fetchOne($0, sql: "SELECT hash FROM audit WHERE seq = 1") } ?? AuditChain.genesis
        return AuditAnchor(seq: Int64(chain.records), hash: chain.head, origin: origin, at: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
    }

    /// SQLite's online backup to `path`, then the copy is opened and verified. The copy is made
    /// and checked under a hidden temporary name beside `path` and appears there only when it
    /// verified, so a killed backup never leaves a file at `path` that is not a good database.
    public func backup(to path: String) throws -> (cases: Int, verification: AuditVerification) {
        if FileManager.default.fileExists(atPath: path) || DatabaseFiles.isPart(path, of: database.path) {
            throw StorageError(StoragePhrases.alreadyExists(path))
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw StorageError(StoragePhrases.backupDirectoryMissing(directory))
        }
        let temporary = DatabaseFiles.temporaryPath(for: path)
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StorageError(StoragePhrases.readOnly(path))
        }
        do {
            do {
                let destination = try DatabaseQueue(path: temporary)
                try database.pool.backup(to: destination)
                try destination.close()
            } catch let error as DatabaseError {
                throw StorageError.from(error, path: path)
            }
            let copy = try PowerDeskStore.open(at: temporary)
            let verification: AuditVerification
            let cases: Int
            do {
                verification = try copy.verify()
                guard verification.isIntact else {
                    throw StorageError(StoragePhrases.backupCheckFailed(path, verification.message))
                }
                cases = try copy.caseService.count()
                try copy.database.close()
            } catch {
                try? copy.database.pool.close()
                throw error
            }
            try DatabaseFiles.publish(temporary, at: path)
            return (cases, verification)
        } catch {
            DatabaseFiles.remove(temporary)
            throw DatabaseFiles.renaming(error, from: temporary, to: path)
        }
    }
}
