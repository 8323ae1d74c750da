import Foundation
import Localization
import Storage
import Typesetting
import Workflow

/// The monthly (or any period's) statistics report as PDF, through the documents' typesetter: the
/// board's table in two halves that fit a page's width (operations, then deadlines and time
/// used), received per row and the twelve weeks of intake and overdue as bar charts.
enum BoardReportPDF {
    static let operations: [BoardMeasure] = [.received, .accepted, .inProgress, .done, .suspended, .returned, .corrected, .abnormal, .deviation, .notices]
    static let deadlines: [BoardMeasure] = [.overdue, .overdueDays, .yellow, .red, .averageUsed, .p90Used, .limit]

    static func document(_ report: BoardReport, agency: String, today: CivilDate, language: Language, at: Date?) -> TypesetDocument {
        let title = SupervisionPhrases.boardTitle(report.period.from.description, report.period.through.description,
                                                  BoardPresenter.dimensionName(report.dimension)).text(language)
        let total = BoardRow(key: nil, name: SupervisionPhrases.total.template(language), values: report.total.values)
        func table(_ measures: [BoardMeasure]) -> TypesetBlock {
            let header = [BoardPresenter.dimensionName(report.dimension).template(language)] + measures.map { BoardPresenter.label($0).template(language) }
            let rows = (report.rows + [total]).map { row in [row.name] + measures.map { BoardPresenter.value(row[$0], $0) } }
            return .table(TypesetTable(columnWidths: [4] + measures.map { _ in 1.2 }, header: header, rows: rows, fontSize: 9))
        }
        func weeks(_ values: [Int]) -> TypesetBarChart {
            // The weeks end with the week of the period's last day, or of today while it runs.
            let end = min(today, report.period.through)
            let monday = end.adding(days: 1 - end.weekday - 7 * (values.count - 1))
            return TypesetBarChart(bars: values.enumerated().map { index, value in
                TypesetBar(label: monday.adding(days: 7 * index).description, value: Double(value), valueText: String(value))
            })
        }
        let received = TypesetBarChart(bars: report.rows.map { row in
            TypesetBar(label: row.name, value: row[.received] ?? 0, valueText: BoardPresenter.value(row[.received], .received))
        })
        let blocks: [TypesetBlock] = [
            .title(agency), .centered(title),
            .heading(ComplaintPhrases.statisticsOperations.template(language)), table(operations),
            .heading(ComplaintPhrases.statisticsDeadlines.template(language)), table(deadlines),
            .heading(ComplaintPhrases.statisticsReceived.template(language)), .barChart(received),
            .heading(ComplaintPhrases.statisticsWeeklyIntake.template(language)), .barChart(weeks(report.weeklyIntake)),
            .heading(ComplaintPhrases.statisticsWeeklyOverdue.template(language)), .barChart(weeks(report.weeklyOverdue)),
            .small(ComplaintPhrases.statisticsNote.template(language)),
        ]
        return TypesetDocument(title: "\(agency) \(title)", blocks: blocks, pageNumbers: true, creationDate: at)
    }
}
