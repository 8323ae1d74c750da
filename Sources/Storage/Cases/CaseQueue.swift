import Foundation
import GRDB
import Workflow

/// The queue, paged from the database: only the rows on screen are read and decoded, so a bureau
/// with a million cases feels like one with ten.
public final class CaseQueue: QueueStore {
    let database: PowerDeskDatabase

    init(database: PowerDeskDatabase) {
        self.database = database
    }

    public func count(_ filter: QueueFilter) throws -> Int {
        let (clause, arguments) = Self.whereClause(filter)
        return try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \"case\" WHERE \(clause)", arguments: arguments) ?? 0 }
    }

    /// The rows at `offset`. Given the anchor of the row just before them (moving down or paging
    /// on), the query starts after it instead of skipping `offset` rows, so paging deep into a
    /// long queue costs what the first page costs. The 预警 tab, short by nature, uses the offset.
    public func page(_ filter: QueueFilter, offset: Int, limit: Int, after anchor: QueueAnchor?) throws -> [QueueRow] {
        var (clause, arguments) = Self.whereClause(filter)
        let order = filter.tab == .warning ? "warn_on, id" : "updated_at DESC, id DESC"
        var skip = max(0, offset)
        if let anchor, filter.tab != .warning {
            clause = "(\(clause)) AND (updated_at < ? OR (updated_at = ? AND id < ?))"
            arguments += [anchor.updatedAt, anchor.updatedAt, anchor.id]
            skip = 0
        }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT state, section, updated_at, id FROM \"case\" WHERE \(clause) ORDER BY \(order) LIMIT ? OFFSET ?",
                             arguments: arguments + [limit, skip])
                .compactMap { row in
                    guard let state = try? EventCoding.state(row) else { return nil }
                    return QueueRow(state: state, section: row["section"], anchor: QueueAnchor(updatedAt: row["updated_at"], id: row["id"]))
                }
        }
    }

    /// The position of a case in a tab, to keep the selection on it after a refresh.
    public func position(of caseID: String, in filter: QueueFilter) throws -> Int? {
        let (clause, arguments) = Self.whereClause(filter)
        let order = filter.tab == .warning ? "warn_on, id" : "updated_at DESC, id DESC"
        return try database.read { db in
            try Int.fetchOne(db, sql: "SELECT n - 1 FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY \(order)) AS n FROM \"case\" WHERE \(clause)) WHERE id = ?",
                             arguments: arguments + [caseID])
        }
    }

    static func whereClause(_ filter: QueueFilter) -> (String, StatementArguments) {
        switch filter.tab {
        case .todo:
            guard !filter.actionable.isEmpty else { return ("0", []) }
            let values = Array(repeating: "(?, ?, ?)", count: filter.actionable.count).joined(separator: ", ")
            var arguments = StatementArguments()
            for step in filter.actionable { arguments += [step.item, step.procedure, step.step] }
            return ("status <> 'closed' AND (item_code, procedure_code, step) IN (VALUES \(values))", arguments)
        case .section:
            return ("status <> 'closed' AND section = ?", [filter.section])
        case .warning:
            return ("status = 'open' AND warn_on IS NOT NULL AND warn_on <= ?", [filter.today.description])
        case .flagged:
            return ("flag_count > 0", [])
        case .done:
            // EXISTS probes the (user_id, case_id) index row by row in display order and stops at
            // the page's end; IN would first list every case the user ever touched.
            return ("EXISTS (SELECT 1 FROM case_event e WHERE e.user_id = ? AND e.case_id = \"case\".id)", [filter.userID])
        case .search:
            let text = filter.search.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return ("0", []) }
            let like = "%" + text.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            var clause = "id = ? OR party_id_number = ? OR item_code LIKE ? ESCAPE '\\' OR party_name LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\'"
                // A party found by any name it was registered under: all its cases, the renamed too.
                + " OR party_id_number IN (SELECT id_number FROM party_name WHERE name LIKE ? ESCAPE '\\')"
            var arguments: StatementArguments = [text.uppercased(), text.uppercased(), like.uppercased(), like, like, like, like]
            if PinyinInitials.isQuery(text) {
                clause += " OR party_id_number IN (SELECT id_number FROM party_name WHERE initials LIKE ? ESCAPE '\\')"
                arguments += [like.lowercased()]
            }
            if !filter.searchItems.isEmpty {
                clause += " OR item_code IN (\(Array(repeating: "?", count: filter.searchItems.count).joined(separator: ", ")))"
                arguments += StatementArguments(filter.searchItems)
            }
            return ("(\(clause))", arguments)
        }
    }
}
