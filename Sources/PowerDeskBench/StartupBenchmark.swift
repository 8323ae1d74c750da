import Foundation
import Storage
import Workflow

/// `powerdesk-bench startup`: how long `powerdesk batch` takes from exec to its first answer, and
/// how much of that is the password hash (measured in this process with the same account, so
/// the same scrypt parameters): the rest is start-up proper, which the compiled definitions keep
/// short.
enum StartupBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, runs: Int) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("powerdesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchmarkFailure("\(binary) is missing: build it first (swift build -c release)")
        }
        let sources = DefinitionLoader.sources(at: [flows]).sources
        let schedules = try FileManager.default.contentsOfDirectory(atPath: calendarDirectory.path).sorted().map { name in
            (file: name, text: try String(contentsOf: calendarDirectory.appendingPathComponent(name), encoding: .utf8))
        }
        for kind in [DatabaseKind.training, .production] {
            let folder = directory + "/powerdesk-startup-\(getpid())-\(kind.rawValue)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = folder + "/desk.sqlite"
            let password = "benchmark-password"
            let store = try PowerDeskStore.create(at: path, kind: kind, definitions: sources, schedules: schedules,
                                                  admin: (id: "admin", name: "管理员", password: password))
            let admin = Actor(userID: "admin", name: "管理员", posts: ["admin"])
            try store.users.create(id: "clerk", name: "王窗口", section: "office", posts: ["clerk"], password: password, by: admin)
            var hashes: [Double] = []
            for _ in 0..<runs {
                let start = Measure.wallSeconds()
                _ = try store.users.authenticate("clerk", password: password)
                hashes.append((Measure.wallSeconds() - start) * 1000)
            }
            try store.database.pool.close()
            let line = #"{"op":"open","item":"320600-XK-001","party":{"kind":"organization","name":"南通市某寺","id":"91110000600037341L","address":"南通市崇川区某路1号"},"subject":"启动","materials":{"application":1}}"#
            func batch(_ input: String) throws -> Double {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["batch", "-", "--user", "clerk", "--db", path]
                var environment = ProcessInfo.processInfo.environment
                environment["POWERDESK_PASSWORD"] = password
                process.environment = environment
                let pipe = Pipe(), output = Pipe()
                process.standardInput = pipe
                process.standardOutput = output
                process.standardError = FileHandle.nullDevice
                let start = Measure.wallSeconds()
                try process.run()
                try pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
                try pipe.fileHandleForWriting.close()
                _ = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw BenchmarkFailure("batch exited \(process.terminationStatus)") }
                return (Measure.wallSeconds() - start) * 1000
            }
            var empty: [Double] = [], one: [Double] = []
            for _ in 0..<runs {
                empty.append(try batch(""))
                one.append(try batch(line + "\n"))
            }
            hashes.sort()
            empty.sort()
            one.sort()
            let hash = Measure.percentile(hashes, 0.5), signedIn = Measure.percentile(empty, 0.5), first = Measure.percentile(one, 0.5)
            print(String(format: "  %@ database (median of %d):", kind.rawValue as NSString, runs))
            print(String(format: "    batch that signs in and ends         %7.1f ms   (p90 %6.1f)", signedIn, Measure.percentile(empty, 0.9)))
            print(String(format: "    sign-in alone, in-process            %7.1f ms   (scrypt and the sign-in's audit record)", hash))
            print(String(format: "    start-up apart from the sign-in      %7.1f ms", signedIn - hash))
            print(String(format: "    batch with one operation             %7.1f ms   (the first operation, definitions loaded and one durable commit: %.1f ms)",
                         first, first - signedIn))
        }
    }
}
