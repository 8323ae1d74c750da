import Foundation
import Localization

/// Whether curses can drive the terminal, checked before it starts: `initscr` on an unknown TERM
/// prints its own English line and exits, and on `dumb` it draws garbage. The terminfo search
/// follows ncurses: `$TERMINFO`, `~/.terminfo`, `$TERMINFO_DIRS`, then the system folders, each
/// with the first-letter or hexadecimal subfolder.
enum TerminalCheck {
    static let systemDirectories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]

    /// The one-line reason the desk cannot run here, or nil.
    static func problem(_ environment: [String: String], fileExists: (String) -> Bool = FileManager.default.fileExists(atPath:),
                        localeInstalled: (String) -> Bool = TerminalEncoding.isInstalled) -> Message? {
        if let problem = encodingProblem(environment, localeInstalled: localeInstalled) { return problem }
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

    /// A terminal set to a codeset other than UTF-8 (a GBK PuTTY): the desk draws in it when the
    /// locale is installed and can hold Chinese (curses converts); otherwise one line says what
    /// to change, since UTF-8 drawn on it would be garbage. No codeset named ("C", "POSIX"):
    /// the desk takes C.UTF-8, the common case of a UTF-8 terminal with no locale set.
    static func encodingProblem(_ environment: [String: String], localeInstalled: (String) -> Bool) -> Message? {
        guard let codeset = TerminalEncoding.codeset(environment), codeset != "UTF8", let locale = TerminalEncoding.localeName(environment) else {
            return nil
        }
        if TerminalEncoding.chineseCapable.contains(codeset), localeInstalled(locale) { return nil }
        return DeployPhrases.legacyEncoding(locale)
    }
}
