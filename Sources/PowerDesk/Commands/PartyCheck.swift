import ArgumentParser
import Foundation
import Localization
import Workflow

/// `powerdesk party check NUMBER [--kind KIND]`: exit 0 and the canonical number when valid,
/// exit 1 and the reason when not.
struct PartyCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: HelpPhrases.partyCheck.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.numberAsTyped)) var number: String
    @Option(help: .phrase(HelpPhrases.numberKind))
    var kind: String?

    func run() throws {
        let language = global.language
        let now = CivilDate.inShanghai(Date())
        let today = CivilDateParts(year: now.year, month: now.month, day: now.day)
        let result: Result<IdentityNumber, IdentityProblem>
        if let kind {
            guard let identityKind = IdentityKind(rawValue: kind) else {
                Console.err(CommandPhrases.badKind(kind, IdentityKind.allCases.map(\.rawValue).joined(separator: ", ")).text(language))
                throw CommandFailure.usage
            }
            result = IdentityCheck.validate(number, as: identityKind, today: today)
        } else {
            result = IdentityCheck.detectAndValidate(number, today: today)
        }
        switch result {
        case let .success(identity):
            var line = "\(identity.kind.displayName.text(language))  \(identity.value)"
            if let details = identity.residentIDDetails {
                line += "  " + CommandPhrases.residentDetails(details.birthDate.description, details.sex.displayName, details.areaCode).text(language)
            }
            if let details = identity.creditCodeDetails {
                line += "  " + CommandPhrases.creditDetails(details.registeringBody?.displayName.text(language) ?? String(details.registeringBodyCode), details.areaCode).text(language)
            }
            Console.out(line)
        case let .failure(problem):
            Console.err(problem.message.text(language))
            throw CommandFailure.refused
        }
    }
}
