import Foundation

/// Runs the admin's editor on a file, as `visudo` and `crontab -e` do: `$VISUAL`, else `$EDITOR`,
/// else `vi`, through the shell so that an editor with options ("code -w") works. The editor runs
/// without the setgid group's privilege (`Privilege.asUser`), on a copy the caller owns; the
/// desk reads the copy back and checks it before installing anything.
enum ExternalEditor {
    static var command: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    }

    /// The editor's exit status, or -1 when it could not be started.
    static func edit(_ path: String, command: String) -> Int32 {
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let code = TerminalChild.run(["/bin/sh", "-c", "\(command) \(quoted)"])
        // 126 and 127: the shell could not run the editor at all.
        return code == 126 || code == 127 ? -1 : code
    }
}
