import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user certify NAME --number N --until YYYY-MM-DD --user ADMIN`: an admin records a
/// user's enforcement certificate (行政执法证件), without which nobody takes part as an officer in an
/// investigation or an on-the-spot decision (行政处罚法 Art. 42, 52, 55). Audited.
struct UserCertify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certify", abstract: HelpPhrases.userCertify.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.certifyName)) var name: String
    @Option(help: .phrase(HelpPhrases.certificateNumber)) var number: String
    @Option(help: .phrase(HelpPhrases.certificateUntil)) var until: String
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let validUntil = CivilDate(iso: until) else {
            throw ErrorReport.fail(Rejection([EnginePhrases.factBadDate("--until", until)]), language)
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            try store.users.certify(name, number: number, validUntil: validUntil, by: actor)
            Console.out(StoragePhrases.userCertified(name, number, validUntil.description).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
