import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The setgid privilege model: the installed binary runs with the `powerdesk` group, which alone
/// may open the database, while the officer's own Unix account may not. Everything here exists so
/// that the group's privilege serves only PowerDesk's own work: redirecting variables are dropped,
/// other programs and the officer's own files run or are made without it.
enum Privilege {
    /// The group the process was started with as its effective group: the `powerdesk` group when
    /// installed setgid. Read once, first thing in `main`, before any temporary drop.
    static let privilegedGroup: gid_t = getegid()

    /// Environment variables that could point the privileged process at other files (fontconfig's
    /// own would have it parse any file the group may read as its configuration).
    static let redirectingVariables = [
        "POWERDESK_DB", "POWERDESK_FLOWS", "POWERDESK_CALENDAR", "POWERDESK_FONT", "POWERDESK_OUTPUT", "POWERDESK_CONFIG",
        "FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT",
    ]

    /// Serialises temporary drops: the effective group is one per process, shared by all threads.
    private static let lock = NSRecursiveLock()

    /// True when running setgid to a group other than the caller's own.
    static var isElevated: Bool { privilegedGroup != getgid() }

    /// Called first in `main`: fixes the privileged group and, when elevated, removes the
    /// redirecting variables so that no later reader of the environment can see them.
    static func start() {
        _ = privilegedGroup
        guard isElevated else { return }
        for name in redirectingVariables { unsetenv(name) }
    }

    /// Runs `body` with the caller's own group as the effective group, then takes the privilege
    /// back (the saved set-group-ID keeps it). A program started inside `body` gets the caller's
    /// group as its saved group too (execve copies the effective IDs), so it never regains the
    /// privilege; a file made inside `body` belongs to the caller's group. Fails closed: when the
    /// drop fails, `body` does not run.
    static func asUser<T>(_ body: () throws -> T) throws -> T {
        guard isElevated else { return try body() }
        lock.lock()
        defer { lock.unlock() }
        guard setegid(getgid()) == 0 else { throw POSIXError(.EPERM) }
        defer { _ = setegid(privilegedGroup) }
        return try body()
    }

    /// The calling Unix account's name (from the real uid, which the caller cannot change).
    static var unixAccountName: String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// The name of the privileged group, for messages.
    static var privilegedGroupName: String {
        guard let entry = getgrgid(privilegedGroup), let name = entry.pointee.gr_name else { return String(privilegedGroup) }
        return String(cString: name)
    }

    /// The executable's real location, from the kernel rather than `argv[0]` (which the caller
    /// chooses), so that paths derived from it are as trustworthy as the binary itself. Without
    /// /proc, a privileged process trusts no place beside itself.
    static var executablePath: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        if isElevated { return "/nonexistent/bin/powerdesk" }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().path
    }

    /// Whether a file or folder is root's and writable by no one else: the only kind a privileged
    /// process takes its configuration or definitions from.
    static func ownedByRoot(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_uid == 0 && status.st_mode & 0o022 == 0
    }
}
