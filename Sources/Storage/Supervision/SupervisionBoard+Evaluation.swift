import Foundation
import GRDB
import Localization
import Workflow

/// The quarterly evaluation (R25), computed from rows that do not change once the quarter is
/// over: the cases concluded in it (their facts are fixed at closing), the marks of its events,
/// the 督办 issued, the complaints concluded and the review outcomes recorded in it, documents
/// corrected before its end. Recomputing a closed quarter therefore gives the same result.
extension SupervisionBoard {
    public func evaluate(_ period: BoardPeriod, formula: EvaluationFormula, for actor: Actor) throws -> QuarterEvaluation {
        try Self.check(actor)
        let active = try definitions.activeSet().set
        let tally = try database.read { db in try Self.tally(period, items: active.items, db) }
        return Self.evaluation(period, formula: formula, tally: tally, set: active)
    }

    /// The rows rolled up and scored: every section of the bureau and every item, in code order.
    static func evaluation(_ period: BoardPeriod, formula: EvaluationFormula, tally: EvaluationTally, set: DefinitionSet) -> QuarterEvaluation {
        func row(_ key: String?, _ name: String, _ cell: EvaluationTally.Cell) -> EvaluationRow {
            EvaluationRow(key: key, name: name, counts: cell.counts, score: formula.score(cell.counts),
                          evidence: cell.evidence.mapValues { $0.sorted() })
        }
        var sectionCodes = set.bureau.sections.map(\.code)
        for key in tally.cells.keys where !sectionCodes.contains(key.section) { sectionCodes.append(key.section) }
        let sectionNames = Dictionary(set.bureau.sections.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let bySection = sectionCodes.map { code in row(code, sectionNames[code] ?? code, tally.sum { $0.section == code }) }
        var itemCodes = set.items.map(\.code)
        for key in tally.cells.keys where !key.item.isEmpty && !itemCodes.contains(key.item) { itemCodes.append(key.item) }
        let itemNames = Dictionary(set.items.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let byItem = itemCodes.sorted().map { code in row(code, itemNames[code] ?? code, tally.sum { $0.item == code }) }
        let total = row(nil, "", tally.sum { _ in true })
        return QuarterEvaluation(period: period, formula: formula, bySection: bySection.sorted { ($0.key ?? "") < ($1.key ?? "") },
                                 byItem: byItem, total: total)
    }

    /// The instant a civil day begins in Shanghai (UTC+8, no daylight saving).
    static func startInShanghai(_ day: CivilDate) -> Double {
        let epoch = CivilDate(year: 1970, month: 1, day: 1) ?? .earliest
        return Double(epoch.days(until: day)) * 86_400 - 8 * 3_600
    }

    /// Everything the formula counts in the quarter, per (section, item), with its evidence.
    static func tally(_ period: BoardPeriod, items: [ItemDefinition], _ db: Database) throws -> EvaluationTally {
        var tally = EvaluationTally()
        let span: StatementArguments = [period.from.description, period.through.description]
        let end = startInShanghai(period.through.adding(days: 1))
        let yearStart = CivilDate(year: period.from.year, month: 1, day: 1) ?? period.from

        // Scope: the powers held (by their definition's section) and those with a case opened on
        // the system this year up to the quarter's end, named by their first case.
        var firstCase: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT item_code, MIN(case_id) AS first FROM supervision_case WHERE opened_on BETWEEN ? AND ? GROUP BY item_code
            """, arguments: [yearStart.description, period.through.description]) {
            firstCase[row["item_code"]] = row["first"]
        }
        for item in items {
            let first = firstCase[item.code]
            tally.add(item.section, item.code, .powersOnSystem, evidence: first.map { "\(item.code):\($0)" }) { counts in
                counts.powersHeld += 1
                if first != nil { counts.powersExercised += 1 }
            }
        }

        // Timeliness and documents: the cases concluded in the quarter.
        var corrected = Set<String>()
        for id in try String.fetchAll(db, sql: """
            SELECT DISTINCT d.case_id FROM document d JOIN supervision_case s ON s.case_id = d.case_id
            WHERE s.closed_on BETWEEN ? AND ? AND d.replaces IS NOT NULL AND d.issued_at < ?
            """, arguments: span + [end]) {
            corrected.insert(id)
        }
        let concluded = try Row.fetchCursor(db, sql: """
            SELECT case_id, item_code, section, late FROM supervision_case WHERE closed_on BETWEEN ? AND ?
            """, arguments: span)
        while let row = try concluded.next() {
            let id: String = row["case_id"]
            let late: Int? = row["late"]
            let section: String = row["section"]
            let item: String = row["item_code"]
            tally.add(section, item, .onTimeRate, evidence: (late ?? 0) > 0 ? id : nil) { counts in
                counts.concluded += 1
                if let late {
                    counts.concludedWithLimit += 1
                    if late == 0 { counts.onTime += 1 } else { counts.overdueDays += late }
                }
            }
            if (late ?? 0) > 0 { tally.add(section, item, .overdueDays, evidence: "\(id)(\(late ?? 0))") { _ in } }
            let complete = !corrected.contains(id)
            tally.add(section, item, .documentsComplete, evidence: complete ? nil : id) { counts in
                if complete { counts.documentsComplete += 1 }
            }
        }

        // Form: abnormal operations and discretion deviations, as marked by the events.
        for row in try Row.fetchAll(db, sql: """
            SELECT case_id, seq, kind, item_code, section FROM supervision_mark WHERE kind IN ('abnormal', 'deviation') AND day BETWEEN ? AND ?
            """, arguments: span) {
            let abnormal = (row["kind"] as String) == TallyKind.abnormal.rawValue
            tally.add(row["section"], row["item_code"], abnormal ? .abnormalOperations : .discretionDeviations,
                      evidence: "\(row["case_id"] as String)#\(row["seq"] as Int64)") { counts in
                if abnormal { counts.abnormal += 1 } else { counts.deviations += 1 }
            }
        }

        // Effect: 督办 issued, complaints upheld, decisions changed on review or in court.
        for row in try Row.fetchAll(db, sql: """
            SELECT n.id, n.case_id, n.addressee, n.to_section, s.item_code, s.section, u.section AS user_section
            FROM supervision_notice n LEFT JOIN supervision_case s ON s.case_id = n.case_id LEFT JOIN user u ON u.id = n.addressee
            WHERE n.issued_on BETWEEN ? AND ?
            """, arguments: span) {
            let toSection: Bool = row["to_section"] ?? false
            let section: String = row["section"] ?? (toSection ? row["addressee"] : row["user_section"]) ?? ""
            let caseID: String? = row["case_id"]
            let id: Int64 = row["id"]
            tally.add(section, row["item_code"] ?? "", .supervisionNotices, evidence: "督办\(id)" + (caseID.map { ":\($0)" } ?? "")) { $0.notices += 1 }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT c.id, COALESCE(s.section, c.section, '') AS section, COALESCE(s.item_code, '') AS item_code
            FROM complaint c LEFT JOIN complaint_link l ON l.complaint_id = c.id AND l.case_id IS NOT NULL LEFT JOIN supervision_case s ON s.case_id = l.case_id
            WHERE c.upheld = 1 AND c.concluded_on BETWEEN ? AND ?
            """, arguments: span) {
            tally.add(row["section"], row["item_code"], .complaintsUpheld, evidence: row["id"]) { $0.complaintsUpheld += 1 }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT r.id, r.case_id, r.kind, s.section, s.item_code FROM remedy_outcome r JOIN supervision_case s ON s.case_id = r.case_id
            WHERE r.outcome IN (\(RemedyResult.correctingSQLList)) AND r.decided_on BETWEEN ? AND ?
            """, arguments: span) {
            tally.add(row["section"], row["item_code"], .decisionsChanged, evidence: "\(row["case_id"] as String)(\(row["kind"] as String))") {
                $0.decisionsChanged += 1
            }
        }
        return tally
    }
}
