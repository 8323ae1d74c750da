import Foundation
import Localization
import Storage
import Workflow

/// The evaluation's rows as text cells, shared by the printed table, the CSV and the PDF, so the
/// three never disagree on a number.
enum EvaluationTable {
    static func label(_ measure: EvaluationMeasure) -> Phrase {
        switch measure {
        case .powersOnSystem: ComplaintPhrases.measurePowersOnSystem
        case .onTimeRate: ComplaintPhrases.measureOnTimeRate
        case .overdueDays: ComplaintPhrases.measureOverdueDays
        case .documentsComplete: ComplaintPhrases.measureDocumentsComplete
        case .abnormalOperations: ComplaintPhrases.measureAbnormal
        case .discretionDeviations: ComplaintPhrases.measureDeviations
        case .supervisionNotices: ComplaintPhrases.measureNotices
        case .complaintsUpheld: ComplaintPhrases.measureComplaintsUpheld
        case .decisionsChanged: ComplaintPhrases.measureDecisionsChanged
        }
    }

    static func label(_ dimension: EvaluationDimension) -> Phrase {
        switch dimension {
        case .scope: ComplaintPhrases.dimensionScope
        case .timeliness: ComplaintPhrases.dimensionTimeliness
        case .form: ComplaintPhrases.dimensionForm
        case .effect: ComplaintPhrases.dimensionEffect
        }
    }

    /// Points with two decimals at most ("87.5", "100").
    static func points(_ value: Double) -> String { EvaluationFormulaParser.format(value) }

    /// A rate as a percentage with one decimal, "—" when there was nothing to count; a count as is.
    static func value(_ line: EvaluationScore.Line) -> String {
        guard let value = line.value else { return "—" }
        if line.measure.isRate { return String(format: "%.1f%%", value * 100) }
        return String(Int(value.rounded()))
    }

    /// Name, code, the four dimensions' points, total, grade.
    static func summaryHeader(_ language: Language) -> [String] {
        [ComplaintPhrases.columnName.template(language), ComplaintPhrases.columnCode.template(language)]
            + EvaluationDimension.allCases.map { label($0).template(language) }
            + [ComplaintPhrases.columnTotal.template(language), ComplaintPhrases.columnGrade.template(language)]
    }

    static func summary(_ row: EvaluationRow, _ language: Language) -> [String] {
        [name(row, language), row.key ?? ""]
            + EvaluationDimension.allCases.map { points(row.score.points($0)) }
            + [points(row.score.total), row.score.grade.rawValue]
    }

    static func name(_ row: EvaluationRow, _ language: Language) -> String {
        row.key == nil ? SupervisionPhrases.total.template(language) : row.name
    }

    /// Group, name, code, then each rule's value and points, total, grade.
    static func detailHeader(_ formula: EvaluationFormula, _ language: Language) -> [String] {
        [ComplaintPhrases.columnGroup.template(language), ComplaintPhrases.columnName.template(language), ComplaintPhrases.columnCode.template(language)]
            + formula.rules.flatMap { rule in
                [label(rule.measure).template(language), ComplaintPhrases.columnScore(label(rule.measure)).text(language)]
            }
            + [ComplaintPhrases.columnTotal.template(language), ComplaintPhrases.columnGrade.template(language)]
    }

    static func detail(_ row: EvaluationRow, group: Phrase, _ language: Language) -> [String] {
        [group.template(language), name(row, language), row.key ?? ""]
            + row.score.lines.flatMap { [value($0), points($0.points)] }
            + [points(row.score.total), row.score.grade.rawValue]
    }

    /// `--explain`: every measure of a row, its value and points, and what it is made of.
    static func explain(_ row: EvaluationRow, _ language: Language) -> [String] {
        var lines = ["\(name(row, language)) \(row.key ?? "")  \(points(row.score.total)) \(row.score.grade.rawValue)"]
        for line in row.score.lines {
            let ids = row.evidence[line.measure] ?? []
            let from = ids.isEmpty ? ComplaintPhrases.explainNone() : ComplaintPhrases.explainCases(ids.joined(separator: " "))
            lines.append(ComplaintPhrases.explainLine(label(line.measure), value(line), points(line.points), points(line.of), from).text(language))
        }
        return lines
    }

    /// Rows as columns aligned in display columns (CJK counts two), names cut at 24 columns.
    static func aligned(_ rows: [[String]]) -> [String] {
        let cells = rows.map { row in row.enumerated().map { $0.offset == 0 ? DisplayWidth.truncate($0.element, to: 24) : $0.element } }
        let count = cells.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in cells.map { $0.count > column ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { DisplayWidth.pad($0.element, to: widths[$0.offset]) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
    }
}
