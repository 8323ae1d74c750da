import Foundation
import Localization
import Storage

/// A board table as CSV for Excel on Chinese Windows: UTF-8 with a byte-order mark, CRLF line
/// ends, fields quoted when they hold a comma, a quote or a line break (RFC 4180). A time with no
/// closed case to measure is an empty cell rather than "—".
enum BoardCSV {
    static let byteOrderMark = "\u{FEFF}"

    static func text(_ report: BoardReport, language: Language) -> String {
        let lines = cells(report, language: language).map { $0.map(field).joined(separator: ",") }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The header and every row with the total last, as text cells (the CSV and the XLSX).
    static func cells(_ report: BoardReport, language: Language) -> [[String]] {
        let measures = BoardMeasure.allCases
        var lines = [[BoardPresenter.dimensionName(report.dimension).template(language), "code"] + measures.map { BoardPresenter.label($0).template(language) }]
        let total = BoardRow(key: nil, name: SupervisionPhrases.total.template(language), values: report.total.values)
        for row in report.rows + [total] {
            let values = measures.map { measure in row[measure] == nil && !measure.drillsDown ? "" : BoardPresenter.value(row[measure], measure) }
            lines.append([row.name, row.key ?? ""] + values)
        }
        return lines
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
