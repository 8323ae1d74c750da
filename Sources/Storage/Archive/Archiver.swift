import Foundation
import GRDB
import Localization
import Workflow

/// `powerdesk archive --before`: moves the planned cases into their yearly archive files, one
/// batch at a time. Each batch is copied into the archive and committed there first (written
/// through to disk); then, in one transaction on the main database, the copy is read back and
/// compared case by case with the main rows by digest (`CaseContentDigest`), and only when
/// every case matches are the heavy rows removed, the cases marked archived, and an
/// `archive.created` audit record written carrying the batch's digest, its cases and the main
/// chain's head the archive links to. A run killed anywhere leaves each batch either untouched
/// in the main database (copied again, unchanged, next run) or wholly moved.
struct Archiver {
    let database: PowerDeskDatabase

    /// The cases that qualify, from the rows: concluded (the supervision facts' day of
    /// conclusion) and not archived yet.
    func plan(before: CivilDate, policy: RetentionPolicy, batchSize: Int) throws -> ArchivePlan {
        let today = CivilDate.inShanghai(database.clock.now())
        _ = try policy.check(before: before, today: today)
        let candidates = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.status, c.archived_in, s.closed_on FROM "case" c JOIN supervision_case s ON s.case_id = c.id
                WHERE c.archived_in IS NULL AND c.status = 'closed' AND s.closed_on < ?
                """, arguments: [before.description]).map { row in
                ArchiveCandidate(caseID: row["id"], concluded: (row["status"] as String) == CaseStatus.closed.rawValue,
                                 concludedOn: (row["closed_on"] as String?).flatMap(CivilDate.init(iso:)), archived: row["archived_in"] != nil)
            }
        }
        return try ArchivePlan.make(candidates, before: before, today: today, policy: policy, batchSize: batchSize)
    }

    /// Moves every batch of `plan`, reporting each as it is done.
    func run(_ plan: ArchivePlan, by userID: String, progress: (ArchivedBatch) -> Void) throws -> ArchiveReport {
        var report = ArchiveReport()
        for batch in plan.batches {
            let (moved, counts) = try move(batch, by: userID)
            report.cases += moved.cases
            report.events += counts.events
            report.documents += counts.documents
            report.files += counts.files
            report.batches += 1
            progress(moved)
        }
        return report
    }

    private struct Counts {
        var events = 0
        var documents = 0
        var files = 0
    }

    private func move(_ batch: ArchiveBatch, by userID: String) throws -> (ArchivedBatch, Counts) {
        let path = ArchiveFile.path(for: batch.year, beside: database.path)
        let name = ArchiveFile.name(for: batch.year, beside: database.path)
        do {
            return try database.pool.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS archive", arguments: [path])
                defer { try? db.execute(sql: "DETACH DATABASE archive") }
                try db.execute(sql: "PRAGMA archive.synchronous = FULL")
                try copy(batch, file: name, db)
                return try remove(batch, file: name, by: userID, db)
            }
        } catch let error as DatabaseError {
            throw StorageError(ArchivePhrases.archiveUnwritable(path, StorageError.from(error, path: path).message))
        }
    }

    /// The batch copied into the archive and committed there, with its digest and the main
    /// chain's head as the archive's link.
    private func copy(_ batch: ArchiveBatch, file: String, _ db: Database) throws {
        try db.inTransaction(.immediate) {
            try ArchiveFile.prepare("archive", db)
            let origin = try String.fetchOne(db, sql: "SELECT hash FROM main.audit WHERE seq = 1") ?? AuditChain.genesis
            if let kept = try String.fetchOne(db, sql: "SELECT value FROM archive.archive_meta WHERE key = 'origin'") {
                guard kept == origin else { throw StorageError(ArchivePhrases.archiveOtherDatabase(file)) }
            } else {
                try db.execute(sql: "INSERT INTO archive.archive_meta (key, value) VALUES ('origin', ?)", arguments: [origin])
            }
            try ArchiveFile.copy(batch.caseIDs, into: "archive", db)
            let digest = CaseContentDigest.batchDigest(try CaseContentDigest.digests(batch.caseIDs, in: "archive", db))
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM main.audit ORDER BY seq DESC LIMIT 1")
            try db.execute(sql: "INSERT OR REPLACE INTO archive.archive_batch (digest, cases, head_seq, head_hash, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [digest, ArchiveFile.caseList(batch.caseIDs), head?["seq"] ?? 0, head?["hash"] ?? AuditChain.genesis,
                                       database.clock.now().timeIntervalSince1970])
            return .commit
        }
    }

    /// The copy read back and compared with the main rows; then the main rows removed, the cases
    /// marked, and the audit record written, in one transaction.
    private func remove(_ batch: ArchiveBatch, file: String, by userID: String, _ db: Database) throws -> (ArchivedBatch, Counts) {
        var result: (ArchivedBatch, Counts)?
        try db.inTransaction(.immediate) {
            let copied = try CaseContentDigest.digests(batch.caseIDs, in: "archive", db)
            let live = try CaseContentDigest.digests(batch.caseIDs, in: "main", db)
            if let differing = batch.caseIDs.first(where: { copied[$0] != live[$0] }) {
                throw StorageError(ArchivePhrases.copyMismatch(file, differing))
            }
            let digest = CaseContentDigest.batchDigest(copied)
            guard let link = try Row.fetchOne(db, sql: "SELECT head_seq, head_hash FROM archive.archive_batch WHERE digest = ?", arguments: [digest]) else {
                throw StorageError(ArchivePhrases.copyMismatch(file, batch.caseIDs.first ?? ""))
            }
            let list = ArchiveFile.caseList(batch.caseIDs)
            let at = EventCoding.truncate(database.clock.now())
            try db.execute(sql: "INSERT INTO archive_run (year, file, digest, cases, started_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [batch.year, file, digest, batch.caseIDs.count, at.timeIntervalSince1970])
            let run = db.lastInsertedRowID
            try db.execute(sql: "UPDATE main.\"case\" SET archived_in = ? WHERE id IN \(ArchiveFile.cases)", arguments: [batch.year, list])
            try db.execute(sql: """
                INSERT INTO main.archived_document (id, case_id, type, name, year, seq, number, issued_at, hash)
                SELECT id, case_id, type, name, year, seq, number, issued_at, hash FROM main.document WHERE case_id IN \(ArchiveFile.cases)
                """, arguments: [list])
            var counts = Counts()
            try db.execute(sql: "DELETE FROM main.document_print WHERE document_id IN (SELECT id FROM main.document WHERE case_id IN \(ArchiveFile.cases))",
                           arguments: [list])
            try db.execute(sql: "DELETE FROM main.document WHERE case_id IN \(ArchiveFile.cases)", arguments: [list])
            counts.documents = db.changesCount
            try db.execute(sql: "DELETE FROM main.case_event WHERE case_id IN \(ArchiveFile.cases)", arguments: [list])
            counts.events = db.changesCount
            let files = try String.fetchAll(db, sql: "SELECT DISTINCT sha256 FROM main.case_attachment WHERE case_id IN \(ArchiveFile.cases)", arguments: [list])
            try db.execute(sql: "DELETE FROM main.case_attachment WHERE case_id IN \(ArchiveFile.cases)", arguments: [list])
            // A file another case, a complaint or a transcript's signed scan (the transcripts stay
            // in the main database with the case row) still holds stays; the archive has its copy.
            try db.execute(sql: """
                DELETE FROM main.attachment WHERE sha256 IN (SELECT value FROM json_each(?))
                AND NOT EXISTS (SELECT 1 FROM main.case_attachment c WHERE c.sha256 = attachment.sha256)
                AND NOT EXISTS (SELECT 1 FROM main.complaint_file f WHERE f.sha256 = attachment.sha256)
                AND NOT EXISTS (SELECT 1 FROM main.case_transcript t WHERE t.signed_sha256 = attachment.sha256)
                """, arguments: [ArchiveFile.caseList(files)])
            counts.files = db.changesCount
            let body = """
                {"cases":\(list),"digest":"\(digest)","documents":\(counts.documents),"events":\(counts.events),"file":\(UserRepository.quoted(file)),\
                "files":\(counts.files),"head":{"hash":"\(link["head_hash"] as String)","seq":\(link["head_seq"] as Int64)},"run":\(run),"year":\(batch.year)}
                """
            let record = try AuditChain.append(kind: ArchiveVerifier.auditKind, body: body, userID: userID, caseID: nil, eventSeq: nil, at: at, db)
            try db.execute(sql: "UPDATE archive_run SET finished_at = ?, audit_seq = ? WHERE id = ?", arguments: [at.timeIntervalSince1970, record.seq, run])
            try MetaTable.set(ArchiveVerifier.directoryKey, URL(fileURLWithPath: database.path).deletingLastPathComponent().standardizedFileURL.path, db)
            result = (ArchivedBatch(file: file, cases: batch.caseIDs.count, auditSeq: record.seq), counts)
            return .commit
        }
        guard let result else { throw StorageError(ArchivePhrases.copyMismatch(file, batch.caseIDs.first ?? "")) }
        return result
    }
}
