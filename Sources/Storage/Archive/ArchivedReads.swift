import Foundation
import GRDB
import Localization

/// Reading an archived case where its rows now are: its archive file, opened read-only with the
/// main database attached (`ArchiveVerifier.onArchive`), so the same SQL that reads a live case
/// reads an archived one — documents, files, events and audit copies from the archive, users and
/// definitions from the main database. Nothing here writes: archived cases are read-only.
enum ArchivedReads {
    /// `body` on the archive of `caseID` when the case is archived, else on the main database.
    static func read<T>(_ caseID: String, _ database: PowerDeskDatabase, _ body: (Database) throws -> T) throws -> T {
        guard let path = try archivePath(of: caseID, database) else { return try database.read(body) }
        return try onArchive(path, caseID: caseID, database, body)
    }

    /// The archive file holding `caseID`, nil when it is not archived.
    static func archivePath(of caseID: String, _ database: PowerDeskDatabase) throws -> String? {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT archived_in FROM \"case\" WHERE id = ?", arguments: [caseID])
        }.map { ArchiveFile.path(for: $0, beside: database.path) }
    }

    /// A document moved to an archive, by id or by number.
    static func document(id: Int64?, number: String?, _ database: PowerDeskDatabase) throws -> IssuedDocument? {
        guard let caseID = try database.read({ db in
            try String.fetchOne(db, sql: "SELECT case_id FROM archived_document WHERE id = ? OR number = ? LIMIT 1", arguments: [id, number])
        }), let path = try archivePath(of: caseID, database) else { return nil }
        return try onArchive(path, caseID: caseID, database) { db in
            if let id { return try DocumentIssuer.fetch(id: id, db) }
            return try Row.fetchOne(db, sql: DocumentIssuer.selection + " WHERE d.number = ?", arguments: [number]).map(DocumentIssuer.document)
        }
    }

    /// A file's bytes from whichever archive beside the database holds them.
    static func data(_ sha256: String, _ database: PowerDeskDatabase) throws -> Data? {
        for path in try archiveFiles(database) {
            let found = try onArchive(path, caseID: "", database) { db in
                try Data.fetchOne(db, sql: "SELECT data FROM attachment WHERE sha256 = ?", arguments: [sha256])
            }
            if let found { return found }
        }
        return nil
    }

    /// The archive files of the years cases were archived in.
    static func archiveFiles(_ database: PowerDeskDatabase) throws -> [String] {
        try database.read { db in
            try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM archive_run ORDER BY year")
        }.map { ArchiveFile.path(for: $0, beside: database.path) }
    }

    private static func onArchive<T>(_ path: String, caseID: String, _ database: PowerDeskDatabase, _ body: (Database) throws -> T) throws -> T {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StorageError(ArchivePhrases.archiveMissing(caseID, (path as NSString).lastPathComponent))
        }
        do {
            return try ArchiveVerifier.onArchive(path, mainPath: database.path, body)
        } catch let error as DatabaseError {
            throw StorageError.from(error, path: path)
        }
    }
}
