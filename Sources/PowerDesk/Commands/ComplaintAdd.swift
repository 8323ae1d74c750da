import ArgumentParser
import Localization
import Storage

/// `powerdesk complaint add`: the clerk types a complaint from the phone line (or one taken in
/// person); anonymous unless a name and contact are given.
struct ComplaintAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: ComplaintPhrases.helpAdd.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(ComplaintPhrases.helpSubject)) var subject: String
    @Option(help: .phrase(ComplaintPhrases.helpBody)) var body: String
    @Option(help: .phrase(ComplaintPhrases.helpChannel)) var channel: String = ComplaintChannel.phone.rawValue
    @Flag(help: .phrase(ComplaintPhrases.helpOpinion)) var opinion = false
    @Flag(help: .phrase(ComplaintPhrases.helpAnonymous)) var anonymous = false
    @Option(help: .phrase(ComplaintPhrases.helpName)) var name: String?
    @Option(help: .phrase(ComplaintPhrases.helpContact)) var contact: String?
    @Option(help: .phrase(ComplaintPhrases.helpAddress)) var address: String = ""
    @Option(name: .customLong("case"), help: .phrase(ComplaintPhrases.helpCase)) var cases: [String] = []
    @Option(name: .customLong("officer"), help: .phrase(ComplaintPhrases.helpOfficer)) var officers: [String] = []
    @Option(help: .phrase(ComplaintPhrases.helpSection)) var section: String?
    @Option(help: .phrase(ComplaintPhrases.helpComplaintUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let channel = ComplaintChannel(rawValue: channel) else {
            Console.err(ComplaintPhrases.badChannel(self.channel).text(language))
            throw CommandFailure.usage
        }
        let identity: ComplaintIdentity? = anonymous ? nil : ComplaintIdentity(name: name ?? "", contact: contact ?? "", address: address)
        let draft = ComplaintDraft(kind: opinion ? .opinion : .complaint, channel: channel, identity: identity, subject: subject, body: body,
                                   section: section, caseIDs: cases.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }, officers: officers)
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let made = try store.complaints.register(draft, by: actor).record
            Console.out(ComplaintPhrases.registered(made.id, made.acceptDue.description).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
