import Foundation
import Localization
import Storage
import Workflow

/// The desk's loop: draw the current view, read a key, let the view answer. The terminal is
/// restored on every way out (quit, error, Ctrl-C, SIGTERM, SIGHUP).
enum DeskApp {
    /// `signedIn`: an actor already established (the Unix account, running setgid), so the desk
    /// opens without the login screen; `nameFixed`: the login asks only for that user's password.
    static func run(store: PowerDeskStore, language: Language, user: String?, nameFixed: Bool = false, signedIn: Actor? = nil) {
        let screen = CursesScreen()
        defer { screen.stop() }
        // Every width from here on is the terminal's own (the locale is set now), with
        // ambiguous-width characters as the site configured them.
        DisplayWidth.useTerminal(CursesScreen.terminalWidth, ambiguousWide: SiteConfiguration.current.ambiguousWide)
        let login = LoginView(store: store, language: language, user: user ?? "", nameFixed: nameFixed)
        var view: DeskView = login
        if let signedIn {
            do {
                view = MainDeskView(session: try DeskSession(store: store, actor: signedIn, language: language))
            } catch {
                login.message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
            }
        }
        var failures = 0
        while true {
            view.render(on: screen)
            guard let key = screen.readKey() else {
                // Input errors in a row mean the terminal is gone.
                failures += 1
                if failures > 50 { return }
                continue
            }
            failures = 0
            switch view.handle(key) {
            case .stay: continue
            case .quit: return
            case let .replace(next): view = next
            }
        }
    }
}
