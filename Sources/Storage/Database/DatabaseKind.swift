import Foundation
import GRDB

/// What a database is for. Only demo and training databases accept a fixed clock and hold the
/// well-known demo accounts.
public enum DatabaseKind: String, Sendable, Hashable, CaseIterable {
    case production
    case demo
    case training

    public var allowsFixedClock: Bool { self != .production }

    /// The audit record that states the kind a database was created as.
    static let auditKind = "database.created"

    /// The kind the audit trail says the database was created as; nil for a database made before
    /// the kind was recorded. Read from the first records, so it costs nothing on a large file.
    static func audited(_ db: Database) throws -> DatabaseKind? {
        guard let body = try String.fetchOne(db, sql: "SELECT body FROM audit WHERE kind = ? ORDER BY seq LIMIT 1", arguments: [auditKind]) else { return nil }
        let kind = (try? JSONDecoder().decode([String: String].self, from: Data(body.utf8)))?["kind"] ?? ""
        return DatabaseKind(rawValue: kind) ?? .production
    }
}
