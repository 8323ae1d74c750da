import Foundation
import GRDB
import Workflow

/// The board's feed row: per target the lag in records and hours, read from the cursor table
/// (`feed_target`) and the outbox that `feed status` reads, in one read transaction.
extension SupervisionBoard {
    /// The targets named (those configured) and any other the cursor table knows (a target
    /// delivered to before it was taken out of the configuration still shows), in that order.
    public func feedLags(targets: [String], redAfterHours: Double, for actor: Actor) throws -> [FeedLag] {
        try Self.check(actor)
        let now = database.clock.now()
        return try database.read { db in
            let head = try Outbox.head(db)
            let known = try String.fetchAll(db, sql: "SELECT name FROM feed_target ORDER BY name")
            var names = targets
            for name in known where !names.contains(name) { names.append(name) }
            return try names.map { name in
                let row = try Row.fetchOne(db, sql: "SELECT delivered, last_error FROM feed_target WHERE name = ?", arguments: [name])
                let delivered: Int64 = row?["delivered"] ?? 0
                return FeedLag(target: name, delivered: delivered, lastError: row?["last_error"], head: head,
                               firstWaitingAt: try Outbox.firstWaitingAt(after: delivered, db), now: now, redAfterHours: redAfterHours)
            }
        }
    }
}
