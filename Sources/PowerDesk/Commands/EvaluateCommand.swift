import ArgumentParser
import Foundation
import Localization
import Storage
import Typesetting
import Workflow

/// `powerdesk evaluate --quarter 2026Q1`: the quarterly evaluation (R25) under the published
/// formula, per section and per power, printed, with `--explain` the cases behind each number,
/// and written as CSV and PDF. `--check` only validates the formula file.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: ComplaintPhrases.helpEvaluate.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(ComplaintPhrases.helpQuarter)) var quarter: String?
    @Option(help: .phrase(ComplaintPhrases.helpFormula)) var formula: String?
    @Flag(help: .phrase(ComplaintPhrases.helpCheck)) var check = false
    @Flag(help: .phrase(ComplaintPhrases.helpExplain)) var explain = false
    @Option(help: .phrase(ComplaintPhrases.helpCSV)) var csv: String?
    @Option(help: .phrase(ComplaintPhrases.helpPDF)) var pdf: String?
    @Option(help: .phrase(ComplaintPhrases.helpXLSX)) var xlsx: String?
    @Flag(help: .phrase(HelpPhrases.force)) var force = false
    @Option(help: .phrase(ComplaintPhrases.helpUser)) var user: String?
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let loaded = try loadFormula(language)
        if check {
            Console.out(ComplaintPhrases.formulaValid(loaded.path, loaded.formula.rules.count).text(language))
            return
        }
        guard let user else {
            Console.err(ComplaintPhrases.userRequired.template(language))
            throw CommandFailure.usage
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        let today = CivilDate.inShanghai(store.database.clock.now())
        let text = quarter ?? Self.lastQuarter(before: today)
        guard let period = Self.quarter(text) else {
            Console.err(ComplaintPhrases.badQuarter(text).text(language))
            throw CommandFailure.usage
        }
        do {
            let evaluation = try store.supervision.evaluate(period, formula: loaded.formula, for: actor)
            let name = Self.name(of: period)
            print(evaluation, language: language)
            if let csv {
                let data = Data(EvaluationCSV.text(evaluation, language: language).utf8)
                try Privilege.asUser { try DocFiles.write(data, to: csv, database: global.databasePath, force: force) }
                if csv != "-" { Console.out(CommandPhrases.docWritten(csv, data.count).text(language)) }
            }
            if let xlsx {
                let data = try XLSXTable.workbook(EvaluationCSV.sheets(evaluation, language: language))
                try Privilege.asUser { try DocFiles.write(data, to: xlsx, database: global.databasePath, force: force) }
                if xlsx != "-" { Console.out(CommandPhrases.docWritten(xlsx, data.count).text(language)) }
            }
            if let pdf {
                let document = EvaluationReport.document(evaluation, quarter: name, language: language, at: store.database.clock.now())
                try DocFiles.writePDF(document, store: store, to: pdf, database: global.databasePath, force: force, language: language)
            }
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    func print(_ evaluation: QuarterEvaluation, language: Language) {
        let rows = [EvaluationTable.summaryHeader(language)] + (evaluation.bySection + evaluation.byItem + [evaluation.total]).map {
            EvaluationTable.summary($0, language)
        }
        for line in EvaluationTable.aligned(rows) { Console.out(line) }
        guard explain else { return }
        for row in evaluation.bySection + evaluation.byItem + [evaluation.total] {
            Console.out("")
            for line in EvaluationTable.explain(row, language) { Console.out(line) }
        }
    }

    /// The formula file given, or the installed one; parsed, or every problem listed and refused.
    func loadFormula(_ language: Language) throws -> (path: String, formula: EvaluationFormula) {
        let path = try formula ?? (ResourceLocator.require("evaluation", option: nil, language: language) + "/evaluation.yaml")
        let bytes: [UInt8]
        do {
            bytes = try Privilege.asUser { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        } catch {
            Console.err(ComplaintPhrases.formulaUnreadable(path, error.localizedDescription).text(language))
            throw CommandFailure.refused
        }
        let parsed: (formula: EvaluationFormula?, diagnostics: [Diagnostic])
        switch SourceFile.decode(path: path, bytes: bytes) {
        case .success(let source): parsed = EvaluationFormulaParser.parse(source)
        case .failure(let diagnostic): parsed = (nil, [diagnostic])
        }
        for diagnostic in parsed.diagnostics { Console.err(diagnostic.rendered(language)) }
        guard let formula = parsed.formula else {
            Console.err(ComplaintPhrases.formulaInvalid(path).text(language))
            throw CommandFailure.refused
        }
        return (path, formula)
    }

    /// "2026Q1" (any case, ASCII digits) as its period; nil otherwise.
    static func quarter(_ text: String) -> BoardPeriod? {
        let parts = text.uppercased().split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let q = Int(parts[1]), (1...4).contains(q),
              let day = CivilDate(year: year, month: q * 3 - 2, day: 1) else { return nil }
        return BoardPeriod(.quarter, containing: day)
    }

    static func name(of period: BoardPeriod) -> String { "\(period.from.year)Q\((period.from.month - 1) / 3 + 1)" }

    /// The quarter before the one `today` is in: the last closed one.
    static func lastQuarter(before today: CivilDate) -> String {
        name(of: BoardPeriod(.quarter, containing: today).shifted(by: -1))
    }
}
