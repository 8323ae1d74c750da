import Foundation
import GRDB
import Localization

/// The database a restore is about to replace: which chain it carries (to refuse another
/// database's backup) and whether its write-ahead log could be emptied into it, which also
/// proves nobody else has it open. A damaged file is still replaced, its companions kept with it.
struct CurrentDatabase: Sendable {
    let origin: String?
    let records: Int?
    let checkpointed: Bool

    static func inspect(_ path: String) throws -> CurrentDatabase {
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            return CurrentDatabase(origin: nil, records: nil, checkpointed: false)
        }
        defer { try? queue.close() }
        let origin = try? queue.read { try String.fetchOne($0, sql: "SELECT hash FROM audit WHERE seq = 1") }
        let records = try? queue.read { try Int.fetchOne($0, sql: "SELECT MAX(seq) FROM audit") }
        do {
            // (busy, log frames, checkpointed frames): busy means another connection holds it.
            let row = try queue.writeWithoutTransaction { try Row.fetchOne($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            if let row, (row[0] as Int?) != 0 { throw StorageError(RetentionPhrases.restoreInUse(path)) }
            return CurrentDatabase(origin: origin ?? nil, records: records ?? nil, checkpointed: true)
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode.primaryResultCode) {
            throw StorageError(RetentionPhrases.restoreInUse(path))
        } catch let error as DatabaseError {
            _ = error
            return CurrentDatabase(origin: origin ?? nil, records: records ?? nil, checkpointed: false)
        }
    }
}
