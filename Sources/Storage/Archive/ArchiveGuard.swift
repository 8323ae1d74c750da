import GRDB
import Localization

/// Archived cases are read-only (R22: kept, not worked on): every write to a case goes through
/// `CaseService.persist`, which asks here first, inside its transaction, so no desk, batch or
/// command can change one, whatever its screen shows.
enum ArchiveGuard {
    static func refuseArchived(_ caseID: String, _ db: Database) throws {
        guard let year = try Int.fetchOne(db.cachedStatement(sql: "SELECT archived_in FROM \"case\" WHERE id = ?"), arguments: [caseID]) else { return }
        let file = ArchiveFile.name(for: year, beside: try ArchiveVerifier.mainFile(db))
        throw StorageError(ArchivePhrases.archivedReadOnly(caseID, file))
    }
}
