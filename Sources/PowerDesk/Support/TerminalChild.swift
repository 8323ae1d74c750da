import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in the desk's terminal and waits for it, with the caller's own rights
/// (`Privilege.asUser`, never the setgid group's): the admin's editor, the ZMODEM sender. The desk
/// gives the terminal up first (`Screen.runOutside`) and takes it back after.
enum TerminalChild {
    /// The program's exit status; -1 when it could not be started or was ended by a signal.
    static func run(_ argv: [String]) -> Int32 {
        guard let program = argv.first else { return -1 }
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = (try? Privilege.asUser { posix_spawnp(&pid, program, nil, nil, cArguments, environ) }) ?? -1
        guard spawned == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard (status & 0x7F) == 0 else { return -1 }
        return (status >> 8) & 0xFF
    }
}
