import GRDB
import Localization

extension PowerDeskStore {
    /// Runs `body` in one transaction with a `BulkWriter` (demo and training databases only).
    public func bulkLoad(_ body: (BulkWriter) throws -> Void) throws {
        guard database.kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
        let calendar = try definitionRepository.calendar()
        try database.write { db in try body(BulkWriter(store: self, db: db, calendar: calendar)) }
    }
}
