import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk supervise board`: the board's table for a month, quarter or year, printed or
/// written as CSV (UTF-8 with BOM). The store refuses every post but supervision and the leadership.
struct SuperviseBoard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: HelpPhrases.superviseBoard.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.month)) var month: String?
    @Option(help: .phrase(HelpPhrases.quarter)) var quarter: String?
    @Option(help: .phrase(HelpPhrases.year)) var year: String?
    @Option(help: .phrase(HelpPhrases.boardBy)) var by: String = BoardDimension.item.rawValue
    @Option(help: .phrase(HelpPhrases.boardCSV)) var csv: String?
    @Option(help: .phrase(ComplaintPhrases.helpBoardXLSX)) var xlsx: String?
    @Option(help: .phrase(ComplaintPhrases.helpBoardPDF)) var pdf: String?
    @Flag(help: .phrase(HelpPhrases.forceCSV)) var force = false
    @Option(help: .phrase(HelpPhrases.boardUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let dimension = BoardDimension(rawValue: by) else {
            Console.err(SupervisionPhrases.badDimension(by).text(language))
            throw CommandFailure.usage
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        let today = CivilDate.inShanghai(store.database.clock.now())
        guard let period = Self.period(month: month, quarter: quarter, year: year, today: today) else {
            Console.err(SupervisionPhrases.badPeriod([month, quarter, year].compactMap { $0 }.joined(separator: " ")).text(language))
            throw CommandFailure.usage
        }
        do {
            let report = try store.supervision.report(period, by: dimension, today: today, for: actor)
            let text = BoardCSV.text(report, language: language)
            if let csv {
                let data = Data(text.utf8)
                try Privilege.asUser { try DocFiles.write(data, to: csv, database: global.databasePath, force: force) }
                if csv != "-" { Console.out(SupervisionPhrases.boardWritten(csv, report.rows.count).text(language)) }
            } else if xlsx == nil && pdf == nil {
                for line in text.dropFirst(BoardCSV.byteOrderMark.count).split(separator: "\r\n") { Console.out(String(line)) }
                // 双公示 (issue 16): the deadline's row and the cases behind it.
                let disclosure = try store.disclosureDeadlines(today: today, for: actor)
                for line in [DisclosureDeadlineText.summary(disclosure, language: language)] + DisclosureDeadlineText.caseLines(disclosure, language: language) {
                    Console.out(line)
                }
            }
            if let xlsx {
                let cells = BoardCSV.cells(report, language: language)
                let title = SupervisionPhrases.boardTitle(report.period.from.description, report.period.through.description,
                                                          BoardPresenter.dimensionName(report.dimension)).text(language)
                let data = try XLSXTable.workbook([XLSXTable.Sheet(name: title, header: cells.first ?? [], rows: Array(cells.dropFirst()))])
                try Privilege.asUser { try DocFiles.write(data, to: xlsx, database: global.databasePath, force: force) }
                if xlsx != "-" { Console.out(SupervisionPhrases.boardWritten(xlsx, report.rows.count).text(language)) }
            }
            if let pdf {
                let agency = try store.definitions.activeSet().set.bureau.name
                let document = BoardReportPDF.document(report, agency: agency, today: today, language: language, at: store.database.clock.now())
                try DocFiles.writePDF(document, store: store, to: pdf, database: global.databasePath, force: force, language: language)
            }
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    /// The period named by at most one of the options; this month when none; nil when invalid.
    static func period(month: String?, quarter: String?, year: String?, today: CivilDate) -> BoardPeriod? {
        let given = [month, quarter, year].compactMap { $0 }
        guard given.count <= 1 else { return nil }
        func number(_ text: Substring) -> Int? { text.allSatisfy(\.isASCII) ? Int(text) : nil }
        if let month {
            let parts = month.split(separator: "-")
            guard parts.count == 2, let y = number(parts[0]), let m = number(parts[1]), let day = CivilDate(year: y, month: m, day: 1) else { return nil }
            return BoardPeriod(.month, containing: day)
        }
        if let quarter {
            let parts = quarter.uppercased().split(separator: "Q")
            guard parts.count == 2, let y = number(parts[0]), let q = number(parts[1]), (1...4).contains(q),
                  let day = CivilDate(year: y, month: q * 3 - 2, day: 1) else { return nil }
            return BoardPeriod(.quarter, containing: day)
        }
        if let year {
            guard let y = number(Substring(year)), let day = CivilDate(year: y, month: 1, day: 1) else { return nil }
            return BoardPeriod(.year, containing: day)
        }
        return BoardPeriod(.month, containing: today)
    }
}
