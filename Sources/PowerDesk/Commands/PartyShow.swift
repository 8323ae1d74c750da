import ArgumentParser
import Documents
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk party show NUMBER`: the register's record of a party — every name it was
/// registered under and why it changed, and all its cases.
struct PartyShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: HelpPhrases.partyShow.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.numberAsTyped)) var number: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let normalized = IdentityCheck.normalize(number).uppercased()
            guard let record = try PartyRegister.record(normalized, in: store.database) else { throw CaseFilePhrases.partyUnknown(normalized) }
            let date = { (at: Date) in DocumentText.date(CivilDate.inShanghai(at)) }
            Console.out(CaseFilePhrases.partyNamesTitle().text(language))
            for name in record.names {
                if let reason = name.reason {
                    Console.out(CaseFilePhrases.partyRenameLine(name.name, date(name.since), name.caseID, reason).text(language))
                } else {
                    Console.out(CaseFilePhrases.partyNameLine(name.name, date(name.since), name.caseID).text(language))
                }
            }
            Console.out(CaseFilePhrases.partyCasesTitle(record.cases.count).text(language))
            for found in record.cases {
                Console.out(CaseFilePhrases.partyCaseLine(found.id, found.itemCode, found.name, found.status, date(found.openedAt)).text(language))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
