import Foundation
import Testing

/// A throw-away PostgreSQL 15 cluster for one test: a system account made for it (the server
/// refuses to run as root), a data directory in a temporary folder that account owns, the server
/// on a Unix socket in that folder, password (SCRAM) authentication, and everything removed
/// afterwards, pass or fail. Needs root, as CI runs; without it the test fails saying so.
final class PostgresCluster {
    let directory: URL
    let account: String
    let port = Int.random(in: 20_000...60_000)
    let user = "pdfeed"
    let password = "feed-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    static let bin = ["/usr/lib/postgresql/15/bin", "/usr/local/bin"].first { FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") }
        ?? "/usr/lib/postgresql/15/bin"

    var data: String { directory.path + "/data" }
    /// libpq's password file, root's and 0600 as libpq insists.
    var passfile: String { directory.path + "/pgpass" }
    var conninfo: String { "host=\(directory.path) port=\(port) dbname=exchange user=\(user)" }

    private var server: ChildProcess?

    private init(directory: URL, account: String) {
        self.directory = directory
        self.account = account
    }

    static func with<T>(_ body: (PostgresCluster) throws -> T) throws -> T {
        try #require(getuid() == 0, "the feed tests run a throw-away PostgreSQL server under a throw-away system account (useradd) and must run as root (CI does)")
        let account = "pdpg" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let added = try ThrowawayAccount.command("/usr/sbin/useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", account])
        try #require(added.exited(0), "useradd --system \(account) failed: \(added.err)")
        defer { _ = try? ThrowawayAccount.command("/usr/sbin/userdel", [account]) }
        let directory = URL(fileURLWithPath: "/tmp/pdpg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let cluster = PostgresCluster(directory: directory, account: account)
        let owned = try ThrowawayAccount.command("/bin/chown", ["\(account):\(account)", directory.path])
        try #require(owned.exited(0), "chown failed: \(owned.err)")
        let passwordFile = directory.path + "/initial-password"
        try cluster.password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        _ = try ThrowawayAccount.command("/bin/chown", ["\(account):\(account)", passwordFile])
        let initialised = try cluster.asAccount("initdb", ["-D", cluster.data, "-U", cluster.user, "--pwfile=\(passwordFile)", "--auth-local=scram-sha-256",
                                                           "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        try #require(initialised.exited(0), "initdb failed: \(initialised.out) \(initialised.err)")
        try cluster.writePassfile(password: cluster.password)
        try cluster.start()
        defer { cluster.stop(mode: "immediate") }
        _ = try cluster.psql("CREATE DATABASE exchange", database: "postgres")
        return try body(cluster)
    }

    func writePassfile(password: String) throws {
        _ = FileManager.default.createFile(atPath: passfile, contents: Data("*:*:*:\(user):\(password)\n".utf8), attributes: [.posixPermissions: 0o600])
    }

    /// The server in the foreground, as the test's own child (through `runuser`), so nothing is
    /// left behind as a daemon; ready once it answers a query.
    func start() throws {
        server = try ChildProcess(
            executable: URL(fileURLWithPath: "/usr/sbin/runuser"),
            arguments: ["-u", account, "--", Self.bin + "/postgres", "-D", data, "-c", "listen_addresses=", "-c", "unix_socket_directories=\(directory.path)",
                        "-p", "\(port)", "-c", "fsync=off"],
            environment: ProcessInfo.processInfo.environment, directory: directory)
        let deadline = Date(timeIntervalSinceNow: 60)
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSFILE"] = passfile
        while Date() < deadline {
            let probe = try ChildProcess(executable: URL(fileURLWithPath: Self.bin + "/pg_isready"),
                                         arguments: ["-h", directory.path, "-p", "\(port)", "-U", user, "-d", "postgres"],
                                         environment: environment, directory: directory).finish(timeout: 10)
            if probe.exited(0) { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the PostgreSQL server did not start: \(server?.finish(timeout: 1).err ?? "")")
    }

    /// Stops the server: "fast" (SIGINT: sessions cut, a clean shutdown) or "immediate" (SIGQUIT).
    func stop(mode: String = "fast") {
        guard let server else { return }
        if let text = try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8),
           let pid = text.split(separator: "\n").first.flatMap({ Int32($0) }) {
            kill(pid, mode == "immediate" ? SIGQUIT : SIGINT)
        }
        _ = server.finish(timeout: 60)
        self.server = nil
    }

    /// One query's rows, columns split at `|`, through `psql` as root with the password file.
    @discardableResult
    func psql(_ sql: String, database: String = "exchange") throws -> [[String]] {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSFILE"] = passfile
        let child = try ChildProcess(executable: URL(fileURLWithPath: Self.bin + "/psql"),
                                     arguments: ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "host=\(directory.path) port=\(port) dbname=\(database) user=\(user)", "-c", sql],
                                     environment: environment, directory: directory)
        let outcome = child.finish(timeout: 60)
        try #require(outcome.exited(0), "psql failed on \(sql): \(outcome.err)")
        return outcome.lines.map { $0.components(separatedBy: "|") }
    }

    func value(_ sql: String) throws -> String {
        try #require(try psql(sql).first?.first, "no row for \(sql)")
    }

    private func asAccount(_ program: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        try ThrowawayAccount.command("/usr/sbin/runuser", ["-u", account, "--", Self.bin + "/" + program] + arguments)
    }
}
