import GRDB
import Localization

extension StorageError {
    /// Translates whatever a database call threw into a message for the desk.
    static func from(_ error: Error, path: String) -> StorageError {
        if let storage = error as? StorageError { return storage }
        guard let database = error as? DatabaseError else {
            return StorageError(StoragePhrases.unexpected("\(error)"))
        }
        switch database.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return StorageError(StoragePhrases.notADatabase(path))
        case .SQLITE_CORRUPT: return StorageError(StoragePhrases.corrupted(path))
        case .SQLITE_READONLY: return StorageError(StoragePhrases.readOnly(path))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return StorageError(StoragePhrases.cannotOpen(path, database.message ?? "\(database.resultCode)"))
        case .SQLITE_FULL: return StorageError(StoragePhrases.diskFull())
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StorageError(StoragePhrases.busy())
        default: return StorageError(StoragePhrases.unexpected(database.message ?? "\(database.resultCode)"))
        }
    }
}
