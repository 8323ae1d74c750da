import Foundation
import GRDB
import Localization
import Workflow

/// `audit verify` over the archive files. The main chain vouches for them: every case marked
/// archived is in an `archive.created` record; each record's archive file exists, its cases
/// still hash to the record's digest (one changed byte in the file is found), it links to the
/// main chain's record it names, its events are the bodies of the main audit records of those
/// events, and the case rows left in the main database are those archived. Then every archived
/// case is replayed from the archive's events (`CaseReplayCheck.check` on the archive file with
/// the main database attached for definitions and supervision facts), its supervision marks and
/// tallies joining the main database's for the ledger check.
enum ArchiveVerifier {
    static let auditKind = "archive.created"
    /// The name the main database has on an archive file's connection.
    static let live = "live"

    /// The first fault of the archives, or nil (also when there are none).
    static func firstProblem(_ reader: any DatabaseReader) throws -> ChainVerifier.Problem? {
        let (records, marked, mainPath, kept) = try reader.read { db in
            (try archiveRecords(db), try String.fetchAll(db, sql: "SELECT id FROM \"case\" WHERE archived_in IS NOT NULL ORDER BY id"), try mainFile(db),
             try MetaTable.get(directoryKey, db))
        }
        var recorded = Set<String>()
        for record in records { recorded.formUnion(record.caseIDs) }
        if let unrecorded = marked.first(where: { !recorded.contains($0) }) {
            return ChainVerifier.Problem(seq: 0, reason: ArchivePhrases.verifyUnrecorded(unrecorded))
        }
        for (file, ofFile) in Dictionary(grouping: records, by: \.file).sorted(by: { $0.key < $1.key }) {
            if let problem = try check(file, ofFile, mainPath: mainPath, kept: kept) { return problem }
        }
        return nil
    }

    /// Replays every archived case from its archive file into `outcome` (the ledger's totals);
    /// the first case whose replay does not match, if any.
    static func replay(_ reader: any DatabaseReader, definitions: DefinitionRepository, calendar: WorkCalendar,
                       into outcome: inout CaseReplayCheck.Outcome) throws -> CaseReplayCheck.Mismatch? {
        let (records, mainPath, kept) = try reader.read { db in (try archiveRecords(db), try mainFile(db), try MetaTable.get(directoryKey, db)) }
        for file in Set(records.map(\.file)).sorted() {
            let path = archivePath(file, mainPath: mainPath, kept: kept)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let part = try onArchive(path, mainPath: mainPath) { db -> CaseReplayCheck.Outcome in
                let first = try Int64.fetchOne(db, sql: "SELECT MIN(rowid) FROM main.\"case\"") ?? 0
                let last = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM main.\"case\"") ?? -1
                guard last >= first else { return CaseReplayCheck.Outcome() }
                return try CaseReplayCheck.check(first...last, definitions: definitions, calendar: calendar, db)
            }
            if let mismatch = part.mismatch { return mismatch }
            outcome.merge(part)
        }
        return nil
    }

    /// The records of archive batches, in chain order.
    static func archiveRecords(_ db: Database) throws -> [ArchiveRecord] {
        try Row.fetchAll(db, sql: "SELECT seq, body FROM audit WHERE kind = ? ORDER BY seq", arguments: [auditKind]).map { row in
            ArchiveRecord(seq: row["seq"], body: row["body"])
        }
    }

    static func mainFile(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") ?? ""
    }

    /// Where the archives were written (`meta`), for checking a backup copy kept elsewhere.
    static let directoryKey = "archive_directory"

    /// The archive file beside the database, else in the directory the archives were written to
    /// (a backup or a restore's copy is checked against the archives where they are).
    static func archivePath(_ file: String, mainPath: String, kept: String?) -> String {
        let name = (file as NSString).lastPathComponent
        let beside = ((mainPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: beside), let kept else { return beside }
        let there = (kept as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: there) ? there : beside
    }

    /// Runs `body` on a read-only connection to the archive file with the main database attached
    /// as `live`: table names not in the archive (definitions, supervision facts) are the main's.
    static func onArchive<T>(_ path: String, mainPath: String, _ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.inDatabase { db in
            try db.execute(sql: "ATTACH DATABASE ? AS \(live)", arguments: [mainPath])
            defer { try? db.execute(sql: "DETACH DATABASE \(live)") }
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw StorageError(ArchivePhrases.verifyUnreadable(path, "?")) }
            return result
        }
    }

    /// One archive file against the records naming it.
    private static func check(_ file: String, _ records: [ArchiveRecord], mainPath: String, kept: String?) throws -> ChainVerifier.Problem? {
        let path = archivePath(file, mainPath: mainPath, kept: kept)
        guard let first = records.first else { return nil }
        guard FileManager.default.fileExists(atPath: path) else { return ChainVerifier.Problem(seq: first.seq, reason: ArchivePhrases.verifyMissing(first.seq, file)) }
        do {
            return try onArchive(path, mainPath: mainPath) { db -> ChainVerifier.Problem? in
                for record in records {
                    let digests = try CaseContentDigest.digests(record.caseIDs, in: "main", db)
                    guard CaseContentDigest.batchDigest(digests) == record.digest else {
                        return ChainVerifier.Problem(seq: record.seq, reason: ArchivePhrases.verifyDigest(record.seq, file))
                    }
                    let link = try Row.fetchOne(db, sql: "SELECT head_seq, head_hash FROM main.archive_batch WHERE digest = ?", arguments: [record.digest])
                    let chained = try String.fetchOne(db, sql: "SELECT hash FROM \(live).audit WHERE seq = ?", arguments: [record.headSeq])
                    guard let link, link["head_seq"] == record.headSeq, link["head_hash"] == record.headHash, chained == record.headHash else {
                        return ChainVerifier.Problem(seq: record.seq, reason: ArchivePhrases.verifyLink(record.headSeq, file))
                    }
                }
                if let caseID = try String.fetchOne(db, sql: """
                    SELECT e.case_id FROM main.case_event e LEFT JOIN \(live).audit a ON a.case_id = e.case_id AND a.event_seq = e.seq
                    WHERE a.body IS NOT e.body LIMIT 1
                    """) ?? String.fetchOne(db, sql: """
                    SELECT a.case_id FROM \(live).audit a JOIN main."case" c ON c.id = a.case_id
                    LEFT JOIN main.case_event e ON e.case_id = a.case_id AND e.seq = a.event_seq
                    WHERE a.event_seq IS NOT NULL AND e.case_id IS NULL LIMIT 1
                    """) {
                    return ChainVerifier.Problem(seq: 0, reason: ArchivePhrases.verifyEvents(caseID, file))
                }
                if let caseID = try String.fetchOne(db, sql: """
                    SELECT a.id FROM main."case" a LEFT JOIN \(live)."case" m ON m.id = a.id
                    WHERE m.id IS NULL OR m.archived_in IS NULL OR m.state IS NOT a.state OR m.status IS NOT a.status OR m.step IS NOT a.step
                       OR m.revision IS NOT a.revision OR m.item_code IS NOT a.item_code OR m.party_name IS NOT a.party_name
                       OR m.party_id_number IS NOT a.party_id_number OR m.flag_count IS NOT a.flag_count LIMIT 1
                    """) {
                    return ChainVerifier.Problem(seq: 0, reason: ArchivePhrases.verifyCaseRow(caseID, file))
                }
                return nil
            }
        } catch let error as DatabaseError {
            return ChainVerifier.Problem(seq: first.seq, reason: ArchivePhrases.verifyUnreadable(file, StorageError.from(error, path: path).message))
        }
    }
}
