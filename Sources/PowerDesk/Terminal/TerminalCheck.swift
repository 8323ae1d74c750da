import Foundation
import Localization

/// Whether curses can drive the terminal, checked before it starts: `initscr` on an unknown TERM
/// prints its own English line and exits, and on `dumb` it draws garbage. The terminfo search
/// follows ncurses: `$TERMINFO`, `~/.terminfo`, `$TERMINFO_DIRS`, then the system folders, each
/// with the first-letter or hexadecimal subfolder.
enum TerminalCheck {
    static let systemDirectories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]

    /// The one-line reason the desk cannot run here, or nil.
    static func problem(_ environment: [String: String], fileExists: (String) -> Bool = FileManager.default.fileExists(atPath:)) -> Message? {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" || term == "unknown" { return DeployPhrases.dumbTerminal(term) }
        guard let first = term.unicodeScalars.first, !term.contains("/") else { return DeployPhrases.unknownTerminal(term) }
        var directories: [String] = []
        if let terminfo = environment["TERMINFO"], !terminfo.isEmpty { directories.append(terminfo) }
        if let home = environment["HOME"], !home.isEmpty { directories.append(home + "/.terminfo") }
        if let list = environment["TERMINFO_DIRS"] { directories += list.split(separator: ":").map(String.init) }
        directories += systemDirectories
        let subfolders = [String(first), String(first.value, radix: 16)]
        let found = directories.contains { directory in subfolders.contains { fileExists("\(directory)/\($0)/\(term)") } }
        return found ? nil : DeployPhrases.unknownTerminal(term)
    }
}
