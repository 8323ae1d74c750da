import Foundation
import Storage
import Workflow

/// `powerdesk-bench startup`: how long `powerdesk batch` takes from launch until it reads its first
/// line, apart from signing in (scrypt is meant to be slow), and then the first operation. The
/// child marks its milestones on the system's monotonic clock (`POWERDESK_TIMINGS`), so the
/// split is measured in the child itself, page faults of scrypt's memory included.
enum StartupBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, runs: Int) throws {
        let binary = try BenchmarkDatabase.binary()
        let database = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
        for kind in [DatabaseKind.training, .production] {
            let folder = try BenchmarkDatabase.folder(in: directory, "startup-\(kind.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = folder + "/desk.sqlite"
            let password = "benchmark-password"
            let store = try database.create(at: path, kind: kind, users: [(id: "clerk", name: "王窗口", post: "clerk")], password: password,
                                            adminPassword: password)
            var hashes: [Double] = []
            for _ in 0..<runs {
                let start = Measure.wallSeconds()
                _ = try store.users.authenticate("clerk", password: password)
                hashes.append((Measure.wallSeconds() - start) * 1000)
            }
            try store.database.pool.close()
            let line = #"{"op":"open","item":"320600-XK-001","party":{"kind":"organization","name":"南通市某寺","id":"91110000600037341L","address":"南通市崇川区某路1号"},"subject":"启动","materials":{"application":1}}"#
            /// One `powerdesk batch` with one line: milliseconds from launch to ready (less the
            /// sign-in), the sign-in, and the first operation, from the child's own marks.
            func batch() throws -> (startup: Double, signIn: Double, first: Double) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["batch", "-", "--user", "clerk", "--db", path]
                var environment = ProcessInfo.processInfo.environment
                environment["POWERDESK_PASSWORD"] = password
                environment["POWERDESK_TIMINGS"] = "1"
                process.environment = environment
                let pipe = Pipe(), output = Pipe(), errors = Pipe()
                process.standardInput = pipe
                process.standardOutput = output
                process.standardError = errors
                let launched = Measure.monotonicNanoseconds()
                try process.run()
                try pipe.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
                try pipe.fileHandleForWriting.close()
                _ = output.fileHandleForReading.readDataToEndOfFile()
                let answered = Measure.monotonicNanoseconds()
                let marks = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw BenchmarkFailure("batch exited \(process.terminationStatus): \(marks)") }
                var at: [String: Int64] = [:]
                for entry in marks.split(separator: "\n") {
                    let parts = entry.split(separator: " ")
                    if parts.count == 3, parts[0] == "powerdesk-timing", let value = Int64(parts[2]) { at[String(parts[1])] = value }
                }
                guard let begin = at["sign-in.begin"], let end = at["sign-in.end"], let ready = at["ready"] else {
                    throw BenchmarkFailure("no timing marks from batch: \(marks)")
                }
                let ms = { (nanoseconds: Int64) in Double(nanoseconds) / 1e6 }
                return (ms(ready - launched - (end - begin)), ms(end - begin), ms(answered - ready))
            }
            var startups: [Double] = [], signIns: [Double] = [], firsts: [Double] = []
            for _ in 0..<runs {
                let run = try batch()
                startups.append(run.startup)
                signIns.append(run.signIn)
                firsts.append(run.first)
            }
            startups.sort()
            signIns.sort()
            firsts.sort()
            hashes.sort()
            print(String(format: "  %@ database (median of %d runs):", kind.rawValue as NSString, runs))
            print(String(format: "    start-up, launch to ready, apart from signing in   %7.1f ms   (p90 %6.1f)", Measure.percentile(startups, 0.5), Measure.percentile(startups, 0.9)))
            print(String(format: "    signing in (scrypt, its audit record)              %7.1f ms   (in a warm process %.1f ms)", Measure.percentile(signIns, 0.5), Measure.percentile(hashes, 0.5)))
            print(String(format: "    the first operation (definitions loaded, commit)   %7.1f ms", Measure.percentile(firsts, 0.5)))
        }
    }
}
