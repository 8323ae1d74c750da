import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL 15 server for the feed benchmark: the one `--conninfo` names, else a throw-away
/// cluster on a Unix socket in a temporary folder, run by a throw-away system account (the server
/// refuses root), with trust authentication on that socket only, removed afterwards.
final class BenchPostgres {
    let conninfo: String
    private let cleanup: () -> Void

    private init(conninfo: String, cleanup: @escaping () -> Void) {
        self.conninfo = conninfo
        self.cleanup = cleanup
    }

    deinit { cleanup() }

    static func start(named conninfo: String?) throws -> BenchPostgres {
        if let conninfo { return BenchPostgres(conninfo: conninfo) {} }
        guard getuid() == 0 else { throw BenchmarkFailure("a throw-away PostgreSQL needs root (useradd, runuser); or give --conninfo") }
        let bin = ["/usr/lib/postgresql/15/bin", "/usr/local/bin"].first { FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") }
            ?? "/usr/lib/postgresql/15/bin"
        let account = "pdbench" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let folder = "/tmp/pdbench-\(getpid())"
        try run("/usr/sbin/useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", account])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The server runs in the foreground as our child (`pg_ctl start` daemonises it, and
        // waiting for that from Foundation's Process can hang); ready once pg_isready says so.
        let server = Process()
        let remove = {
            if let pid = (try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8))?.split(separator: "\n").first.flatMap({ Int32($0) }) {
                kill(pid, SIGQUIT)
            }
            if server.isRunning { server.waitUntilExit() }
            try? FileManager.default.removeItem(atPath: folder)
            _ = try? run("/usr/sbin/userdel", [account])
        }
        do {
            try run("/bin/chown", ["\(account):\(account)", folder])
            try run("/usr/sbin/runuser", ["-u", account, "--", bin + "/initdb", "-D", folder + "/data", "-U", "bench", "--auth-local=trust",
                                          "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
            server.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            server.arguments = ["-u", account, "--", bin + "/postgres", "-D", folder + "/data", "-c", "listen_addresses=",
                                "-c", "unix_socket_directories=\(folder)", "-p", "5432"]
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            try server.run()
            var ready = false
            for _ in 0..<300 where !ready {
                ready = (try? run(bin + "/pg_isready", ["-h", folder, "-p", "5432", "-U", "bench", "-d", "postgres"])) != nil
                if !ready { Thread.sleep(forTimeInterval: 0.1) }
            }
            guard ready else { throw BenchmarkFailure("the throw-away PostgreSQL did not start") }
        } catch {
            remove()
            throw error
        }
        return BenchPostgres(conninfo: "host=\(folder) port=5432 dbname=postgres user=bench", cleanup: remove)
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkFailure("\(executable) \(arguments.joined(separator: " ")) failed") }
        return process.terminationStatus
    }
}
