import ArgumentParser
import Foundation
import Localization
import Storage

/// Opens the desk on a database, after checking there is a terminal to draw on.
enum DeskLauncher {
    static func open(path: String, global: GlobalOptions, user: String?) throws {
        let language = global.language
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            Console.err(CommandPhrases.needsTerminal().text(language))
            throw CommandFailure.refused
        }
        let store: PowerDeskStore
        do {
            store = try PowerDeskStore.open(at: path)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        DeskApp.run(store: store, language: language, user: user)
    }
}
