import Foundation
import GRDB
import Workflow

/// Retention (R22): archiving concluded cases, and finding them afterwards.
extension PowerDeskStore {
    /// The cases `archive --before` would move; refuses a date inside the retention period.
    public func archivePlan(before: CivilDate, policy: RetentionPolicy, batchSize: Int = 500) throws -> ArchivePlan {
        try Archiver(database: database).plan(before: before, policy: policy, batchSize: batchSize)
    }

    /// Moves the planned cases, batch by batch (`Archiver`).
    public func archive(_ plan: ArchivePlan, by userID: String, progress: (ArchivedBatch) -> Void = { _ in }) throws -> ArchiveReport {
        try Archiver(database: database).run(plan, by: userID, progress: progress)
    }

    /// The archive file name for cases concluded in `year`.
    public func archiveFileName(year: Int) -> String {
        ArchiveFile.name(for: year, beside: database.path)
    }

    /// Which of `caseIDs` are archived, with their archive file: for marking them 已归档.
    public func archivedFiles(of caseIDs: [String]) throws -> [String: String] {
        guard !caseIDs.isEmpty else { return [:] }
        return try database.read { db in
            var files: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, archived_in FROM \"case\" WHERE id IN (SELECT value FROM json_each(?)) AND archived_in IS NOT NULL",
                                        arguments: [ArchiveFile.caseList(caseIDs)]) {
                files[row["id"]] = ArchiveFile.name(for: row["archived_in"], beside: database.path)
            }
            return files
        }
    }

    /// Archived cases whose serial, party, subject or document number contains `text`, newest
    /// first: search among what has left the business system.
    public func searchArchived(_ text: String, limit: Int = 100) throws -> [ArchivedCase] {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let like = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.item_code, c.party_name, c.subject, c.opened_at, c.archived_in, s.closed_on FROM "case" c
                LEFT JOIN supervision_case s ON s.case_id = c.id
                WHERE c.archived_in IS NOT NULL AND (c.id LIKE ? ESCAPE '\\' OR c.party_name LIKE ? ESCAPE '\\' OR c.subject LIKE ? ESCAPE '\\'
                      OR c.party_id_number = ? OR c.id IN (SELECT case_id FROM archived_document WHERE number LIKE ? ESCAPE '\\'))
                ORDER BY c.opened_at DESC, c.id LIMIT ?
                """, arguments: [like.uppercased(), like, like, text.uppercased(), like, limit]).map { row in
                ArchivedCase(caseID: row["id"], itemCode: row["item_code"], partyName: row["party_name"], subject: row["subject"],
                             openedAt: Date(timeIntervalSince1970: row["opened_at"]), concludedOn: row["closed_on"],
                             file: ArchiveFile.name(for: row["archived_in"], beside: database.path))
            }
        }
    }
}
