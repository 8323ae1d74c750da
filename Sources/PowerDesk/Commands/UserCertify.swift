import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user certify NAME --number N --until YYYY-MM-DD --user ADMIN`: an admin records a
/// user's enforcement certificate (行政执法证件), without which nobody takes part as an officer in an
/// investigation or an on-the-spot decision (行政处罚法 Art. 42, 52, 55). Audited.
struct UserCertify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certify", abstract: "Record a user's enforcement certificate (admin).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user holding the certificate.") var name: String
    @Option(help: "The certificate number.") var number: String
    @Option(help: "The last day it is valid, YYYY-MM-DD.") var until: String
    @Option(help: "The administrator acting.") var user: String
    @Option(help: "File holding the password (else $POWERDESK_PASSWORD).") var passwordFile: String?

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
