import Storage
import Workflow

/// A command acting as a user: the password from its file or `$POWERDESK_PASSWORD`, checked
/// against the database like a sign-in at the desk (lockout included).
enum CommandSignIn {
    static func open(_ global: GlobalOptions, user: String, passwordFile: String?) throws -> (store: PowerDeskStore, actor: Actor) {
        let password = try PasswordSource.read(file: passwordFile, language: global.language)
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            return (store, try store.users.authenticate(user, password: password))
        } catch {
            throw ErrorReport.fail(error, global.language)
        }
    }
}
