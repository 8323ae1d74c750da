import ArgumentParser
import Localization
import Storage
import Workflow

/// A command acting as a user: the password from its file or `$POWERDESK_PASSWORD`, checked
/// against the database like a sign-in at the desk (lockout included). Running setgid, the Unix
/// account is the user instead (`AccountMapping`), with the password only where configured.
enum CommandSignIn {
    static func open(_ global: GlobalOptions, user: String, passwordFile: String?) throws -> (store: PowerDeskStore, actor: Actor) {
        let language = global.language
        let mapped = Privilege.isElevated
        let account = mapped ? try AccountMapping.account(requested: user, language: language) : user
        let password = !mapped || SiteConfiguration.current.requiresPassword
            ? try PasswordSource.read(file: passwordFile, language: language) : nil
        let store: PowerDeskStore
        do {
            store = try PowerDeskStore.open(at: global.databasePath)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        guard let password else { return (store, try AccountMapping.actor(in: store, account: account, language: language)) }
        do {
            StartupTimings.mark("sign-in.begin")
            defer { StartupTimings.mark("sign-in.end") }
            let actor = try store.users.authenticate(account, password: password)
            // A password an admin reset is changed first (`user passwd`), before any other work.
            if try store.users.mustChangePassword(account) { throw StorageError(AdminPhrases.mustChangePassword(account)) }
            return (store, actor)
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
