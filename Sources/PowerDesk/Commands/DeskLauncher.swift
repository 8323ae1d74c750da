import ArgumentParser
import Foundation
import Localization
import Storage

/// Opens the desk on a database, after checking there is a terminal to draw on. With
/// `mapAccount` (the installed setgid binary on the production database), the Unix account is
/// the user: signed in at once, or asked only for the password where the configuration wants one.
enum DeskLauncher {
    /// Standard input and output must be a terminal that curses can drive; checked before any
    /// work (a demo database is not made for a desk that cannot open).
    static func checkTerminal(_ language: Language) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            Console.err(CommandPhrases.needsTerminal().text(language))
            throw CommandFailure.refused
        }
        let environment = ProcessInfo.processInfo.environment
        if let problem = TerminalCheck.problem(environment) {
            // Said in the terminal's own encoding, so a GBK terminal can read why it is refused.
            let text = TerminalText.sanitize(problem.text(language)) + "\n"
            let bytes = TerminalEncoding.codeset(environment).flatMap { TerminalEncoding.encode(text, as: $0) } ?? Data(text.utf8)
            FileHandle.standardError.write(bytes)
            throw CommandFailure.refused
        }
    }

    static func open(path: String, global: GlobalOptions, user: String?, mapAccount: Bool = false) throws {
        let language = global.language
        try checkTerminal(language)
        let store: PowerDeskStore
        do {
            store = try PowerDeskStore.open(at: path)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        guard mapAccount else {
            DeskApp.run(store: store, language: language, user: user)
            return
        }
        let account = try AccountMapping.account(requested: user, language: language)
        if SiteConfiguration.current.requiresPassword {
            DeskApp.run(store: store, language: language, user: account, nameFixed: true)
        } else {
            let actor = try AccountMapping.actor(in: store, account: account, language: language)
            DeskApp.run(store: store, language: language, user: account, signedIn: actor)
        }
    }
}
