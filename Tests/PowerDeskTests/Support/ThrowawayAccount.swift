import Foundation
import Testing

/// A Unix group and a Unix user made for one test and removed after it, pass or fail: the
/// privilege tests need an account that is not root and not in PowerDesk's group. Creating them
/// needs root; without it the test fails saying so (it is never skipped).
struct ThrowawayAccount {
    let user: String
    let group: String
    let uid: uid_t
    let gid: gid_t

    /// Makes the group and the user (with a user group of its own, outside `group`), runs `body`,
    /// then deletes both.
    static func with<T>(_ body: (ThrowawayAccount) throws -> T) throws -> T {
        try #require(getuid() == 0, "the privilege test creates a throw-away Unix user and group with useradd/groupadd and must run as root (CI does)")
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let group = "pdtg" + suffix
        let user = "pdtu" + suffix
        let addedGroup = try command("/usr/sbin/groupadd", ["--system", group])
        try #require(addedGroup.exited(0), "groupadd --system \(group) failed: \(addedGroup.err)")
        defer { _ = try? command("/usr/sbin/groupdel", [group]) }
        let addedUser = try command("/usr/sbin/useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", user])
        try #require(addedUser.exited(0), "useradd --system \(user) failed: \(addedUser.err)")
        defer { _ = try? command("/usr/sbin/userdel", [user]) }
        let entry = try #require(getpwnam(user), "the new user \(user) is not in the account database")
        return try body(ThrowawayAccount(user: user, group: group, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid))
    }

    /// The group's numeric id.
    func groupID() throws -> gid_t {
        try #require(getgrnam(group), "the new group \(group) is not in the group database").pointee.gr_gid
    }

    /// Runs `executable` as this user (`runuser -u`), with exactly `environment`.
    func run(_ executable: String, _ arguments: [String], environment: [String: String], input: String = "") throws -> ChildProcess.Outcome {
        let child = try ChildProcess(executable: URL(fileURLWithPath: "/usr/sbin/runuser"), arguments: ["-u", user, "--", executable] + arguments,
                                     environment: environment, directory: URL(fileURLWithPath: "/"))
        if !input.isEmpty { try? child.write(input.hasSuffix("\n") ? input : input + "\n") }
        child.closeInput()
        return child.finish(timeout: 60)
    }

    /// Runs a system administration command as root.
    static func command(_ executable: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        let child = try ChildProcess(executable: URL(fileURLWithPath: executable), arguments: arguments,
                                     environment: ProcessInfo.processInfo.environment, directory: URL(fileURLWithPath: "/"))
        child.closeInput()
        return child.finish(timeout: 60)
    }
}
