import Localization
import Storage
import Workflow

/// The shape every `powerdesk user` administration command shares: sign in as the admin, make
/// the one change (the store checks the permission), print what was done or why not.
enum UserAdministration {
    static func run(_ global: GlobalOptions, user: String, passwordFile: String?, _ change: (PowerDeskStore, Actor) throws -> Message) throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            Console.out(try change(store, actor).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
