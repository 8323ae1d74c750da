import Foundation
import Localization
import Storage
import Typesetting
import Workflow

/// The evaluation as a PDF report through the documents' typesetter: the bureau's measures with
/// their basis, the sections' and the powers' scores as tables and bar charts, the formula's
/// source and how the numbers were taken.
enum EvaluationReport {
    static func document(_ evaluation: QuarterEvaluation, quarter: String, language: Language, at: Date?) -> TypesetDocument {
        let formula = evaluation.formula
        let total = evaluation.total
        var blocks: [TypesetBlock] = [
            .title(formula.name),
            .centered(ComplaintPhrases.title(quarter).text(language)),
            .centered(ComplaintPhrases.periodLine(evaluation.period.from.description, evaluation.period.through.description).text(language)),
            .heading(ComplaintPhrases.headingTotal.template(language)),
        ]
        let header = [ComplaintPhrases.columnMeasure, ComplaintPhrases.columnValue, ComplaintPhrases.columnPoints, ComplaintPhrases.columnBasis]
            .map { $0.template(language) }
        var rows = zip(formula.rules, total.score.lines).map { rule, line in
            ["\(EvaluationTable.label(rule.measure.dimension).template(language))·\(EvaluationTable.label(rule.measure).template(language))",
             EvaluationTable.value(line), "\(EvaluationTable.points(line.points))/\(EvaluationTable.points(line.of))", rule.basis]
        }
        rows.append([ComplaintPhrases.columnTotal.template(language), "", EvaluationTable.points(total.score.total), total.score.grade.rawValue])
        blocks.append(.table(TypesetTable(columnWidths: [3, 1.6, 1.6, 6], header: header, rows: rows, fontSize: 10.5)))

        let summaryWidths = [3.2, 1.8, 1, 1, 1, 1, 1.1, 1.1]
        blocks.append(.heading(ComplaintPhrases.headingSections.template(language)))
        blocks.append(.table(TypesetTable(columnWidths: summaryWidths, header: EvaluationTable.summaryHeader(language),
                                          rows: evaluation.bySection.map { EvaluationTable.summary($0, language) }, fontSize: 10.5)))
        blocks.append(.small(ComplaintPhrases.chartSections.template(language)))
        blocks.append(.barChart(chart(evaluation.bySection)))

        blocks.append(.heading(ComplaintPhrases.headingItems.template(language)))
        blocks.append(.table(TypesetTable(columnWidths: summaryWidths, header: EvaluationTable.summaryHeader(language),
                                          rows: evaluation.byItem.map { EvaluationTable.summary($0, language) }, fontSize: 9)))
        blocks.append(.small(ComplaintPhrases.chartItems.template(language)))
        blocks.append(.barChart(chart(evaluation.byItem)))

        blocks.append(.heading(ComplaintPhrases.headingFormula.template(language)))
        blocks.append(.paragraph(formula.basis))
        let grades = formula.grades.map { "\($0.grade.rawValue) ≥ \(EvaluationTable.points($0.from))" }.joined(separator: "；")
        blocks.append(.paragraph(grades))
        blocks.append(.small(ComplaintPhrases.sourcesNote.template(language) + "\n" + ComplaintPhrases.generated.template(language)))
        return TypesetDocument(title: "\(formula.name) \(quarter)", blocks: blocks, pageNumbers: true, creationDate: at)
    }

    static func chart(_ rows: [EvaluationRow]) -> TypesetBarChart {
        TypesetBarChart(bars: rows.map { row in
            TypesetBar(label: row.name, value: row.score.total, valueText: "\(EvaluationTable.points(row.score.total)) \(row.score.grade.rawValue)")
        }, maximum: 100)
    }
}
