import Foundation
import Storage
import Synchronization
import Workflow
#if canImport(Glibc)
import Glibc
#endif

/// `powerdesk-bench writers`: 1, 4 and 8 `powerdesk batch` processes on one database file at once,
/// each a clerk opening licence cases and accepting them, one line at a time and each line sent
/// only when the previous one is answered, as a desk would. Prints the combined operations per
/// second and the wait for an answer (median and p99), which includes waiting for the other
/// writers' locks and every commit's sync.
enum ConcurrentWriters {
    static func run(flows: String, calendarDirectory: URL, directory: String, operations: Int, counts: [Int]) throws {
        let binary = try BenchmarkDatabase.binary()
        let database = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
        for writers in counts {
            let folder = try BenchmarkDatabase.folder(in: directory, "writers-\(writers)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = folder + "/desk.sqlite"
            let clerks = (0..<writers).map { (id: "clerk\($0)", name: "窗口\($0)", post: "clerk") }
            try database.create(at: path, users: clerks, password: "benchmark").database.pool.close()

            let waits = Mutex<[Double]>([])
            let failures = Mutex<[String]>([])
            let start = Measure.wallSeconds()
            DispatchQueue.concurrentPerform(iterations: writers) { index in
                do {
                    let samples = try drive(binary: binary, database: path, user: "clerk\(index)", flows: flows, operations: operations, writer: index)
                    waits.withLock { $0 += samples }
                } catch {
                    failures.withLock { $0.append("writer \(index): \(error)") }
                }
            }
            let wall = Measure.wallSeconds() - start
            if let failure = failures.withLock({ $0.first }) { throw BenchmarkFailure(failure) }
            let sorted = waits.withLock { $0 }.sorted()
            print(String(format: "  %d writer(s): %6d operations in %6.2f s = %7.0f ops/s combined;  wait for an answer: median %6.2f ms, p99 %7.2f ms",
                         writers, sorted.count, wall, Double(sorted.count) / wall, Measure.percentile(sorted, 0.5), Measure.percentile(sorted, 0.99)))
        }
    }

    /// One child process: returns the time each line waited for its answer, in milliseconds.
    static func drive(binary: String, database: String, user: String, flows: String, operations: Int, writer: Int) throws -> [Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["batch", "-", "--user", user, "--db", database]
        var environment = ProcessInfo.processInfo.environment
        environment["POWERDESK_PASSWORD"] = "benchmark"
        environment["POWERDESK_FLOWS"] = flows
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A duplicate descriptor for stdio, so `fclose` never closes the one the pipe still owns
        // (which another thread's pipe may have reused by then).
        guard let reader = fdopen(dup(output.fileHandleForReading.fileDescriptor), "r") else { throw BenchmarkFailure("cannot read the child's output") }
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            fclose(reader)
        }
        var waits: [Double] = []
        var caseID = ""
        for index in 0..<operations {
            let line: String
            if index.isMultiple(of: 2) {
                line = #"{"op":"open","item":"320600-XK-001","party":{"kind":"organization","name":"南通市某寺","id":"91110000600037341L","address":"南通市崇川区某路1号"},"subject":"并发写入 \#(writer)-\#(index)","materials":{"application":1,"organiser-certificate":1,"activity-plan":1,"safety-plan":1,"venue-consent":1,"agent-id":1},"facts":{"activity-name":"法会","activity-date":"2099-12-20","place":"广场","attendance":"300"}}"#
            } else {
                line = #"{"op":"act","case":"\#(caseID)","action":"accept"}"#
            }
            let sent = Measure.wallSeconds()
            try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
            var buffer: UnsafeMutablePointer<CChar>?
            var capacity = 0
            defer { free(buffer) }
            guard getline(&buffer, &capacity, reader) > 0, let buffer else { throw BenchmarkFailure("the child stopped answering") }
            waits.append((Measure.wallSeconds() - sent) * 1000)
            let answer = String(cString: buffer)
            guard answer.contains("\"ok\":true") else { throw BenchmarkFailure("refused: \(answer)") }
            if index.isMultiple(of: 2), let range = answer.range(of: #""case":"([A-Z0-9]+)""#, options: .regularExpression) {
                caseID = String(answer[range].dropFirst(8).dropLast())
            }
        }
        return waits
    }
}
