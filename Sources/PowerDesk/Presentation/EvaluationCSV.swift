import Localization
import Storage

/// The evaluation as one CSV table for Excel (UTF-8 with BOM, CRLF, RFC 4180 quoting, as
/// `BoardCSV`): the sections, then the powers, then the bureau, every rule's value and points.
enum EvaluationCSV {
    static func text(_ evaluation: QuarterEvaluation, language: Language) -> String {
        var lines = [EvaluationTable.detailHeader(evaluation.formula, language).map(BoardCSV.field).joined(separator: ",")]
        let groups: [(Phrase, [EvaluationRow])] = [
            (SupervisionPhrases.bySection, evaluation.bySection), (SupervisionPhrases.byItem, evaluation.byItem),
            (SupervisionPhrases.total, [evaluation.total]),
        ]
        for (group, rows) in groups {
            for row in rows { lines.append(EvaluationTable.detail(row, group: group, language).map(BoardCSV.field).joined(separator: ",")) }
        }
        return BoardCSV.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The same table as XLSX sheets: sections, powers, the bureau.
    static func sheets(_ evaluation: QuarterEvaluation, language: Language) -> [XLSXTable.Sheet] {
        let header = EvaluationTable.detailHeader(evaluation.formula, language)
        let groups: [(Phrase, [EvaluationRow])] = [
            (SupervisionPhrases.bySection, evaluation.bySection), (SupervisionPhrases.byItem, evaluation.byItem),
            (SupervisionPhrases.total, [evaluation.total]),
        ]
        return groups.map { group, rows in
            XLSXTable.Sheet(name: group.template(language), header: header, rows: rows.map { EvaluationTable.detail($0, group: group, language) })
        }
    }
}
