import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let argv = ["/bin/sh", "-c", "\(command) \(quoted)"]
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = (try? Privilege.asUser { posix_spawn(&pid, "/bin/sh", nil, nil, cArguments, environ) }) ?? -1
        guard spawned == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard (status & 0x7F) == 0 else { return -1 }
        let code = (status >> 8) & 0xFF
        // 126 and 127: the shell could not run the editor at all.
        return code == 126 || code == 127 ? -1 : code
    }
}
