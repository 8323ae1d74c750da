import Foundation
import Testing

/// Every acknowledged operation is on disk before it is acknowledged: `powerdesk batch` runs under
/// `strace`, and each result line on standard output must follow a completed `fsync`/`fdatasync`
/// of the database or its WAL made after the previous result line. This is what a power cut
/// tests, and what reading `PRAGMA synchronous` on the wrong connection once hid.
@Suite struct DurabilityTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func everyResultLineFollowsASyncOfTheDatabase() throws {
        let strace = try #require(Self.strace, "strace is not installed: .ci/run installs it (apt-get install strace)")
        try BinaryHarness.withTemporaryDirectory("durability") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            var lines: [String] = []
            for index in 0..<10 {
                lines.append(BinaryHarness.openLicenceLine(request: "durable-\(index)", subject: "落盘检查 \(index)"))
            }
            let input = directory.appendingPathComponent("ops.jsonl")
            try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
            let log = directory.appendingPathComponent("strace.log")
            let child = try ChildProcess(
                executable: URL(fileURLWithPath: strace),
                arguments: ["-f", "-y", "-qq", "-e", "trace=fsync,fdatasync,write", "-o", log.path,
                            BinaryHarness.binary.path, "batch", input.path, "--user", "clerk", "--db", database.path],
                environment: BinaryHarness.environment(["POWERDESK_PASSWORD": BinaryHarness.demoPassword]), directory: BinaryHarness.root)
            let outcome = child.finish(timeout: 120)
            try #require(outcome.exited(0), "batch under strace failed: \(outcome.err)")
            #expect(outcome.lines.count == lines.count)
            #expect(outcome.lines.allSatisfy { $0.contains("\"ok\":true") })

            let trace = SyncTrace(log: try String(contentsOf: log, encoding: .utf8), database: database.path)
            #expect(trace.acknowledgements.count == lines.count, "one write per result line")
            for (index, acknowledgement) in trace.acknowledgements.enumerated() {
                #expect(acknowledgement.synced, "result line \(index + 1) was written with no sync of the database since the line before")
            }
        }
    }

    /// The checker itself: a trace in which commits reach only the page cache (what
    /// `synchronous = NORMAL` in WAL mode does) is caught, and one with a sync per commit passes.
    @Test func theTraceCheckerCatchesAcknowledgementsWithoutSync() {
        let database = "/tmp/x/demo.sqlite"
        let normal = """
            100 fdatasync(4</tmp/x/demo.sqlite-wal>) = 0
            100 write(1</tmp/out>, "{\\"line\\":1}\\n", 12) = 12
            100 write(1</tmp/out>, "{\\"line\\":2}\\n", 12) = 12
            100 fdatasync(5</tmp/x/other.sqlite-wal>) = 0
            100 write(1</tmp/out>, "{\\"line\\":3}\\n", 12) = 12
            """
        #expect(SyncTrace(log: normal, database: database).acknowledgements.map(\.synced) == [true, false, false])
        let full = """
            100 fdatasync(4</tmp/x/demo.sqlite-wal> <unfinished ...>
            101 write(8<anon_inode:[eventfd]>, "\\1\\0", 8) = 8
            100 <... fdatasync resumed>) = 0
            100 write(1</tmp/out>, "{\\"line\\":1}\\n", 12) = 12
            100 fsync(3</tmp/x/demo.sqlite>) = 0
            100 write(1</tmp/out>, "{\\"line\\":2}\\n", 12) = 12
            100 fdatasync(4</tmp/x/demo.sqlite-wal>) = -1 EIO (Input/output error)
            100 write(1</tmp/out>, "{\\"line\\":3}\\n", 12) = 12
            """
        #expect(SyncTrace(log: full, database: database).acknowledgements.map(\.synced) == [true, true, false])
    }
}
