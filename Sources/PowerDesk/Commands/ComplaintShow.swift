import ArgumentParser
import Localization
import Storage

/// `powerdesk complaint show ID`: the complaint, whom it concerns, its steps; the complainant
/// only for the supervision post (the store withholds it from every other reader).
struct ComplaintShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: ComplaintPhrases.helpShow.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(ComplaintPhrases.helpID)) var id: String
    @Option(help: .phrase(ComplaintPhrases.helpComplaintUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let record = try store.complaints.show(id.trimmingCharacters(in: .whitespaces).uppercased(), for: actor)
            for line in Self.lines(record, language) { Console.out(line) }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    static func summary(_ record: ComplaintRecord, _ language: Language) -> String {
        let outcome = record.upheld.map { $0 ? ComplaintPhrases.upheldYes.template(language) : ComplaintPhrases.upheldNo.template(language) } ?? ""
        return ComplaintPhrases.showLine(record.id, record.kind.rawValue, record.subject, record.receivedOn.description, record.step,
                                         record.acceptDue.description, record.concludeDue?.description ?? "—", outcome).text(language)
    }

    static func lines(_ record: ComplaintRecord, _ language: Language) -> [String] {
        var lines = [summary(record, language)]
        if record.anonymous {
            lines.append(ComplaintPhrases.anonymous.template(language))
        } else if let identity = record.identity {
            lines.append([identity.name, identity.contact, identity.address].filter { !$0.isEmpty }.joined(separator: "　"))
        } else {
            lines.append(ComplaintPhrases.withheld.template(language))
        }
        lines.append(record.body)
        let concerns = record.caseIDs + record.officers + record.files
        if !concerns.isEmpty { lines.append(concerns.joined(separator: " ")) }
        for step in record.steps { lines.append("  \(step.on) \(step.action) \(step.userID) \(step.note)") }
        return lines
    }
}
