import Foundation
import GRDB
import Workflow

/// The queue, paged from the database: only the rows on screen are read and decoded, so a bureau
/// with a million cases feels like one with ten.
public final class CaseQueue: QueueStore {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    init(database: PowerDeskDatabase, definitions: DefinitionRepository) {
        self.database = database
        self.definitions = definitions
    }

    /// A tab's count from the counts kept with the cases (`DeskCounts`); only a search counts rows.
    public func count(_ filter: QueueFilter) throws -> Int {
        try database.read { db in
            let everything = try supervises(filter.userID, db)
            if let kept = try DeskCounts.count(filter, everything: everything, db) { return kept }
            let (clause, arguments) = Self.whereClause(filter, everything: everything)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\" WHERE \(clause)", arguments: arguments) ?? 0
        }
    }

    /// The rows at `offset`. Given the anchor of the row just before them (moving down or paging
    /// on), the query starts after it instead of skipping `offset` rows, so paging deep into a
    /// long queue costs what the first page costs.
    public func page(_ filter: QueueFilter, offset: Int, limit: Int, after anchor: QueueAnchor?) throws -> [QueueRow] {
        try database.read { db in
            let everything = try supervises(filter.userID, db)
            let (clause, arguments) = Self.whereClause(filter, everything: everything)
            guard let bands = Self.bands(filter, everything: everything) else {
                return try rows(
                    db, clause, arguments, order: Self.order(filter.tab, everything: everything), offset: offset,
                    limit: limit, after: anchor)
            }
            if let anchor, anchor.band == 1 {
                let rest = bands.band(1)
                return try rows(
                    db, "(\(clause)) AND \(rest.clause)", arguments + rest.arguments, order: rest.order, offset: 0,
                    limit: limit, after: anchor, band: 1)
            }
            let urgent = bands.band(0)
            let urgentClause = "(\(clause)) AND \(urgent.clause)"
            var found = try rows(
                db, urgentClause, arguments + urgent.arguments, order: urgent.order, offset: offset, limit: limit,
                after: anchor)
            guard found.count < limit else { return found }
            // The rest starts where the urgent band ends: right after it when this page holds some
            // of it (or follows an anchor in it), else `offset` less the urgent rows.
            var skip = 0
            if anchor == nil, found.isEmpty, offset > 0 {
                skip = max(0, offset - (try count(db, urgentClause, arguments + urgent.arguments)))
            }
            let rest = bands.band(1)
            found += try rows(
                db, "(\(clause)) AND \(rest.clause)", arguments + rest.arguments, order: rest.order, offset: skip,
                limit: limit - found.count,
                after: nil, band: 1)
            return found
        }
    }

    /// The rows of one order at `offset`, or right after `anchor` when given.
    private func rows(
        _ db: Database, _ clause: String, _ arguments: StatementArguments, order: QueueOrder, offset: Int, limit: Int,
        after anchor: QueueAnchor?,
        band: Int = 0
    ) throws -> [QueueRow] {
        var clause = clause
        var arguments = arguments
        var skip = max(0, offset)
        if let anchor {
            let (beyond, more) = order.beyond(anchor)
            clause = "(\(clause)) AND \(beyond)"
            arguments += more
            skip = 0
        }
        return try Row.fetchAll(
            db,
            sql:
                "SELECT state, section, \(order.columns) FROM \"case\" WHERE \(clause) ORDER BY \(order.sql) LIMIT ? OFFSET ?",
            arguments: arguments + [limit, skip]
        )
        .compactMap { row in
            guard let state = try? EventCoding.state(row) else { return nil }
            let keys = order.keys.indices.map { row["k\($0)"] as DatabaseValue }
            return QueueRow(state: state, section: row["section"], anchor: QueueAnchor(keys: keys, band: band))
        }
    }

    /// The position of a case in a tab, to keep the selection on it after a refresh: the rows
    /// before it in the tab's order, counted along the order's index from the top to the case
    /// (after an action the case is near the top), not a numbering of the whole tab.
    public func position(of caseID: String, in filter: QueueFilter) throws -> Int? {
        try database.read { db in
            let everything = try supervises(filter.userID, db)
            let (clause, arguments) = Self.whereClause(filter, everything: everything)
            guard let bands = Self.bands(filter, everything: everything) else {
                return try position(
                    db, of: caseID, clause, arguments, order: Self.order(filter.tab, everything: everything))
            }
            let urgent = bands.band(0)
            let urgentClause = "(\(clause)) AND \(urgent.clause)"
            if let inUrgent = try position(
                db, of: caseID, urgentClause, arguments + urgent.arguments, order: urgent.order)
            {
                return inUrgent
            }
            let rest = bands.band(1)
            guard
                let inRest = try position(
                    db, of: caseID, "(\(clause)) AND \(rest.clause)", arguments + rest.arguments, order: rest.order)
            else { return nil }
            return inRest + (try count(db, urgentClause, arguments + urgent.arguments))
        }
    }

    /// The rows a clause holds (the urgent band's, a range of its index).
    private func count(_ db: Database, _ clause: String, _ arguments: StatementArguments) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\" WHERE \(clause)", arguments: arguments) ?? 0
    }

    /// The rows before a case in one order; nil when the case is not among the rows.
    private func position(
        _ db: Database, of caseID: String, _ clause: String, _ arguments: StatementArguments, order: QueueOrder
    ) throws -> Int? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT \(order.columns) FROM \"case\" WHERE id = ? AND (\(clause))",
                arguments: [caseID] + arguments)
        else {
            return nil
        }
        let (before, more) = order.beyond(
            QueueAnchor(keys: order.keys.indices.map { row["k\($0)"] as DatabaseValue }), after: false)
        return try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM \"case\" WHERE (\(clause)) AND \(before)", arguments: arguments + more)
    }

    /// Whether the user reads the whole bureau's open cases: one whose posts are all read-only
    /// (监察). Such posts act on nothing, so their own 待办 and 在办 would always be empty.
    func supervises(_ userID: String, _ db: Database) throws -> Bool {
        let posts = try String.fetchAll(db.cachedStatement(sql: "SELECT post FROM user_post WHERE user_id = ?"), arguments: [userID])
        guard !posts.isEmpty, let version = try? definitions.activeVersion(db), let set = try? definitions.set(version: version, db) else { return false }
        return posts.allSatisfy { set.bureau.post($0)?.readOnly ?? false }
    }

    /// An officer's 待办 in two bands, the cases whose deadline has been reached on top (a
    /// supervisor's is in deadline order already); every other tab in one order.
    static func bands(_ filter: QueueFilter, everything: Bool) -> QueueBands? {
        filter.tab == .todo && !everything ? QueueBands(today: filter.today) : nil
    }

    static func order(_ tab: QueueTab, everything: Bool) -> QueueOrder {
        switch tab {
        case .todo: everything ? .deadline : .recent
        case .section: everything ? .sectionItem : .recent
        case .warning: .warning
        case .done, .flagged, .search: .recent
        }
    }

    static func whereClause(_ filter: QueueFilter, everything: Bool = false) -> (String, StatementArguments) {
        switch filter.tab {
        case .todo where everything, .section where everything:
            return ("status <> 'closed'", [])
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
