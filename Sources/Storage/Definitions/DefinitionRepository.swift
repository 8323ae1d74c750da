import Documents
import Foundation
import GRDB
import Localization
import Synchronization
import Workflow

/// Definition versions in the database: each version is a complete snapshot of the definition
/// files, and a case is bound to the version it started on, so a new version never changes a
/// running case. Compiled sets are cached per version for the life of the process.
public final class DefinitionRepository: DefinitionStore {
    let database: PowerDeskDatabase
    private let cache = Mutex<[Int64: DefinitionSet]>([:])
    private let calendarCache = Mutex<WorkCalendar?>(nil)
    private let rendererCache = Mutex<[Int64: DocumentRenderer]>([:])

    init(database: PowerDeskDatabase) {
        self.database = database
    }

    /// Stores a snapshot as a new version after validating it; an invalid snapshot is never stored.
    @discardableResult
    func install(_ sources: [SourceFile], status: String, note: String, by userID: String, at: Date, _ db: Database) throws -> Int64 {
        let compilation = DocumentDefinitions.compile(sources)
        guard let compiled = compilation.set else {
            throw StorageError(StoragePhrases.definitionsInvalid(compilation.errors.count))
        }
        try db.execute(sql: "INSERT INTO definition_version (status, note, created_at, created_by) VALUES (?, ?, ?, ?)",
                       arguments: [status, note, at.timeIntervalSince1970, userID])
        let version = db.lastInsertedRowID
        for source in sources {
            try db.execute(sql: "INSERT INTO definition_file (version_id, path, text) VALUES (?, ?, ?)", arguments: [version, source.path, source.text])
        }
        if status == "active" {
            try db.execute(sql: "UPDATE definition_version SET status = 'superseded' WHERE status = 'active' AND id <> ?", arguments: [version])
        }
        try storeCompiled(compiled, version: version, at: at, db)
        try AuditChain.append(kind: "definitions.installed", body: "{\"version\":\(version),\"status\":\"\(status)\",\"files\":\(sources.count)}",
                              userID: userID, caseID: nil, eventSeq: nil, at: at, db)
        return version
    }

    /// An admin's edited definitions become a draft version; nothing changes for any case until
    /// the legal post confirms it (R3). `lawChangedOn` is the day the law or the duties changed,
    /// from which the 20-day filing deadline runs.
    public func proposeDraft(_ sources: [SourceFile], note: String, lawChangedOn: CivilDate?, by actor: Actor) throws -> Int64 {
        guard actor.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        let at = database.clock.now()
        return try database.write { db in
            let version = try install(sources, status: "draft", note: note, by: actor.userID, at: at, db)
            try db.execute(sql: "UPDATE definition_version SET law_changed_on = ? WHERE id = ?", arguments: [lawChangedOn?.description, version])
            return version
        }
    }

    /// The definition files of a version, as stored.
    public func sources(version: Int64) throws -> [SourceFile] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT path, text FROM definition_file WHERE version_id = ? ORDER BY path", arguments: [version])
                .map { SourceFile(path: $0["path"], text: $0["text"]) }
        }
    }

    /// Drafts waiting for the legal post, oldest first.
    public func drafts() throws -> [DefinitionDraft] {
        try database.read { db in
            let active = try activeVersion(db)
            return try Row.fetchAll(db, sql: "SELECT id, note, created_at, created_by, law_changed_on FROM definition_version WHERE status = 'draft' ORDER BY id")
                .map { row in
                    let version: Int64 = row["id"]
                    let changed = try String.fetchAll(db, sql: """
                        SELECT d.path FROM definition_file d
                        LEFT JOIN definition_file a ON a.version_id = ? AND a.path = d.path
                        WHERE d.version_id = ? AND (a.text IS NULL OR a.text <> d.text) ORDER BY d.path
                        """, arguments: [active, version])
                    return DefinitionDraft(
                        version: version, note: row["note"], createdBy: row["created_by"],
                        createdOn: CivilDate.inShanghai(Date(timeIntervalSince1970: row["created_at"])),
                        lawChangedOn: (row["law_changed_on"] as String?).flatMap(CivilDate.init(iso:)), changedFiles: changed
                    )
                }
        }
    }

    /// The legal post confirms a draft: it becomes the version new cases start on. Running cases
    /// keep the version they started on.
    public func confirm(_ version: Int64, by actor: Actor) throws {
        guard actor.posts.contains("legal") else { throw Rejection([EnginePhrases.notYourPost("legal")]) }
        let at = database.clock.now()
        try database.write { db in
            guard try String.fetchOne(db, sql: "SELECT status FROM definition_version WHERE id = ?", arguments: [version]) == "draft" else {
                throw StorageError(StoragePhrases.unknownVersion(version))
            }
            try db.execute(sql: "UPDATE definition_version SET status = 'superseded' WHERE status = 'active'")
            try db.execute(sql: "UPDATE definition_version SET status = 'active', confirmed_at = ?, confirmed_by = ? WHERE id = ?",
                           arguments: [at.timeIntervalSince1970, actor.userID, version])
            try AuditChain.append(kind: "definitions.confirmed", body: "{\"version\":\(version)}", userID: actor.userID, caseID: nil, eventSeq: nil, at: at, db)
        }
    }

    func activeVersion(_ db: Database) throws -> Int64 {
        guard let version = try Int64.fetchOne(db, sql: "SELECT id FROM definition_version WHERE status = 'active' ORDER BY id DESC LIMIT 1") else {
            throw StorageError(StoragePhrases.noActiveDefinitions())
        }
        return version
    }

    public func activeVersion() throws -> Int64 {
        try database.read { try activeVersion($0) }
    }

    /// The compiled definitions of a version.
    public func set(version: Int64) throws -> DefinitionSet {
        if let cached = cache.withLock({ $0[version] }) { return cached }
        return try database.read { try set(version: version, $0) }
    }

    /// The same, inside a transaction the caller holds: this build's compiled form when stored,
    /// else compiled from the version's files.
    func set(version: Int64, _ db: Database) throws -> DefinitionSet {
        if let cached = cache.withLock({ $0[version] }) { return cached }
        if let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM definition_compiled WHERE version_id = ? AND compiler = ?"),
                                        arguments: [version, CompilerIdentity.current]),
           let set = try? CompactDecoder().decode(DefinitionSet.self, from: [UInt8](data)) {
            cache.withLock { $0[version] = set }
            return set
        }
        let set = try compile(version: version, db)
        cache.withLock { $0[version] = set }
        return set
    }

    /// A version compiled from its stored files, never from a stored compiled form.
    func compile(version: Int64, _ db: Database) throws -> DefinitionSet {
        let sources = try Row.fetchAll(db, sql: "SELECT path, text FROM definition_file WHERE version_id = ? ORDER BY path", arguments: [version])
            .map { SourceFile(path: $0["path"], text: $0["text"]) }
        guard !sources.isEmpty else { throw StorageError(StoragePhrases.unknownVersion(version)) }
        // A version stored under an earlier release stays loadable: running cases depend on it.
        let compilation = DefinitionCompiler.compile(sources, stored: true)
        guard let set = compilation.set else { throw StorageError(StoragePhrases.definitionsInvalid(compilation.errors.count)) }
        return set
    }

    /// Keeps this build's compiled form of a version, and those of the two builds before it.
    func storeCompiled(_ set: DefinitionSet, version: Int64, at: Date, _ db: Database) throws {
        let data = Data(try CompactEncoder().encode(set))
        try db.execute(sql: """
            INSERT INTO definition_compiled (version_id, compiler, data, made_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(version_id, compiler) DO UPDATE SET data = excluded.data, made_at = excluded.made_at
            """, arguments: [version, CompilerIdentity.current, data, at.timeIntervalSince1970])
        try db.execute(sql: """
            DELETE FROM definition_compiled WHERE version_id = ? AND compiler NOT IN
                (SELECT compiler FROM definition_compiled WHERE version_id = ? ORDER BY made_at DESC LIMIT 3)
            """, arguments: [version, version])
    }

    /// Stores this build's compiled form of the version in force when it is missing (the first
    /// start after an upgrade), so the commands after it start fast. A database this process may
    /// not write is simply compiled in memory each time.
    func prepareCompiled() {
        guard let version = try? activeVersion(),
              (try? database.read({ db in
                  try Bool.fetchOne(db, sql: "SELECT 1 FROM definition_compiled WHERE version_id = ? AND compiler = ?", arguments: [version, CompilerIdentity.current])
              })) ?? nil != true
        else { return }
        let at = database.clock.now()
        try? database.write { db in
            try storeCompiled(try compile(version: version, db), version: version, at: at, db)
        }
    }

    /// The first stored compiled form of this build that does not match its version's files, or
    /// nil: `audit verify` finds a compiled set edited behind the files' back.
    func compiledMismatch(_ db: Database) throws -> Int64? {
        let rows = try Row.fetchAll(db, sql: "SELECT version_id, data FROM definition_compiled WHERE compiler = ? ORDER BY version_id",
                                    arguments: [CompilerIdentity.current])
        for row in rows {
            let version: Int64 = row["version_id"]
            let stored = try? CompactDecoder().decode(DefinitionSet.self, from: [UInt8](row["data"] as Data))
            if try stored != compile(version: version, db) { return version }
        }
        return nil
    }

    /// The document renderer of a version: its own templates, parsed once per process.
    func renderer(version: Int64, _ db: Database) throws -> DocumentRenderer {
        if let cached = rendererCache.withLock({ $0[version] }) { return cached }
        let renderer = try DocumentRenderer(set: try set(version: version, db))
        rendererCache.withLock { $0[version] = renderer }
        return renderer
    }

    /// The renderer for a document of a case: the case's own version, or, for a version saved
    /// before it had a template for that type, the version in force.
    func renderer(for type: String, version: Int64, _ db: Database) throws -> (renderer: DocumentRenderer, version: Int64) {
        let own = try renderer(version: version, db)
        if own.hasTemplate(type) { return (own, version) }
        let active = try activeVersion(db)
        return (try renderer(version: active, db), active)
    }

    /// The versions cases run on, and the active one.
    public func versionsInUse() throws -> [Int64] {
        try database.read { db in
            // A skip scan along `case_by_flow_version`: one seek per version, not a read of every case.
            try Int64.fetchAll(db, sql: """
                WITH RECURSIVE used(version) AS (
                    SELECT MIN(flow_version) FROM "case"
                    UNION ALL SELECT (SELECT MIN(flow_version) FROM "case" WHERE flow_version > used.version) FROM used WHERE used.version IS NOT NULL
                )
                SELECT version FROM used WHERE version IS NOT NULL UNION SELECT id FROM definition_version WHERE status = 'active' ORDER BY 1
                """)
        }
    }

    public func activeSet() throws -> (version: Int64, set: DefinitionSet) {
        let version = try activeVersion()
        return (version, try set(version: version))
    }

    func installSchedules(_ files: [(file: String, text: String)], by userID: String, at: Date, _ db: Database) throws {
        let loaded = HolidayScheduleLoader.load(files)
        for schedule in loaded.schedules {
            guard let text = files.first(where: { HolidayScheduleParser.parse($0.text, file: $0.file).0?.year == schedule.year })?.text else { continue }
            try db.execute(sql: "INSERT INTO holiday_schedule (year, text, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                           arguments: [schedule.year, text, at.timeIntervalSince1970, userID])
            try AuditChain.append(kind: "calendar.installed", body: "{\"year\":\(schedule.year)}", userID: userID, caseID: nil, eventSeq: nil, at: at, db)
        }
        calendarCache.withLock { $0 = nil }
    }

    /// The stored holiday schedule texts by year, for the admin's screen.
    public func scheduleTexts() throws -> [(year: Int, text: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT year, text FROM holiday_schedule ORDER BY year").map { (year: $0["year"], text: $0["text"]) }
        }
    }

    /// An admin adds or corrects a year's holiday schedule (published by the State Council each
    /// November). The text is checked first; a schedule with any problem is not stored.
    public func saveSchedule(_ text: String, by actor: Actor) throws -> (year: Int?, problems: [ScheduleProblem]) {
        guard actor.posts.contains("admin") else { throw Rejection([EnginePhrases.notYourPost("admin")]) }
        let (parsed, problems) = HolidayScheduleParser.parse(text, file: "calendar.yaml")
        guard let schedule = parsed, problems.isEmpty else { return (nil, problems) }
        let at = database.clock.now()
        try database.write { try installSchedules([(file: "calendar/\(schedule.year).yaml", text: text)], by: actor.userID, at: at, $0) }
        return (schedule.year, [])
    }

    /// The working-day calendar from the schedules stored in the database.
    public func calendar() throws -> WorkCalendar {
        if let cached = calendarCache.withLock({ $0 }) { return cached }
        let files = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT year, text FROM holiday_schedule ORDER BY year").map { row -> (file: String, text: String) in
                (file: "calendar/\(row["year"] as Int).yaml", text: row["text"])
            }
        }
        let calendar = HolidayScheduleLoader.load(files).calendar
        calendarCache.withLock { $0 = calendar }
        return calendar
    }
}
