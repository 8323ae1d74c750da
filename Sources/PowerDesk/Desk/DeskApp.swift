import Foundation
import Localization
import Storage

/// The desk's loop: draw the current view, read a key, let the view answer. The terminal is
/// restored on every way out (quit, error, Ctrl-C, SIGTERM, SIGHUP).
enum DeskApp {
    static func run(store: PowerDeskStore, language: Language, user: String?) {
        let screen = CursesScreen()
        defer { screen.stop() }
        var view: DeskView = LoginView(store: store, language: language, user: user ?? "")
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
