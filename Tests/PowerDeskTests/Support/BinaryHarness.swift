import Foundation
import Testing

/// Drives the built `powerdesk` binary and the `sqlite3` shell the way a script or an operator
/// would, so end-to-end tests see exactly what a user sees: output, errors, exit codes, the file.
enum BinaryHarness {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("powerdesk")
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The anchor log of this test run.
    static let anchorLog = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-test-anchors-\(getpid())/anchors.log").path

    /// The outbox folder of this test run.
    static let outbox = FileManager.default.temporaryDirectory.appendingPathComponent(
        "powerdesk-test-outbox-\(getpid())"
    ).path

    /// The password of every demo account.
    static let demoPassword = "demo"

    /// The calling environment with the checkout's definitions, whatever directory a test runs in.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["POWERDESK_FLOWS"] = root.appendingPathComponent("Resources/flows").path
        environment["POWERDESK_CALENDAR"] = root.appendingPathComponent("Resources/calendar").path
        // Anchors written by the tests' backups go to a log of this test run, never the user's own.
        environment["POWERDESK_ANCHORS"] = anchorLog
        // A print with no printer goes to the outbox folder: this test run's, never the user's.
        environment["POWERDESK_OUTBOX"] = outbox
        environment.removeValue(forKey: "POWERDESK_DB")
        environment.removeValue(forKey: "POWERDESK_PASSWORD")
        return environment.merging(extra) { $1 }
    }

    // MARK: Running powerdesk

    /// Starts `powerdesk` and returns at once, for tests that talk to it line by line.
    static func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ChildProcess {
        try ChildProcess(executable: binary, arguments: arguments, environment: environment(extra), directory: root)
    }

    /// Runs `powerdesk` to its end, with `input` as standard input.
    static func run(_ arguments: [String], environment extra: [String: String] = [:], input: String = "",
                    timeout: TimeInterval = 60) throws -> ChildProcess.Outcome {
        let child = try start(arguments, environment: extra)
        // A child that exits before reading its input (a refused login) makes the write fail; its
        // outcome says why.
        if !input.isEmpty { try? child.write(input.hasSuffix("\n") ? input : input + "\n") }
        return child.finish(timeout: timeout)
    }

    /// `powerdesk batch -` as `user` (a demo account) with the given JSON Lines.
    static func batch(_ lines: [String], user: String, database: URL) throws -> ChildProcess.Outcome {
        try run(["batch", "-", "--user", user, "--db", database.path], environment: ["POWERDESK_PASSWORD": demoPassword],
                input: lines.joined(separator: "\n"))
    }

    /// Starts `powerdesk batch -` as `user` without input yet.
    static func startBatch(user: String, database: URL) throws -> ChildProcess {
        try start(["batch", "-", "--user", user, "--db", database.path], environment: ["POWERDESK_PASSWORD": demoPassword])
    }

    static func verify(_ database: URL) throws -> ChildProcess.Outcome {
        try run(["audit", "verify", "--db", database.path])
    }

    /// A new demo database in `directory`, failing the test if `init --demo` does.
    static func demoDatabase(in directory: URL, named name: String = "demo.sqlite") throws -> URL {
        let database = directory.appendingPathComponent(name)
        let made = try run(["init", "--demo", "--db", database.path])
        try #require(made.exited(0), "init --demo failed: \(made.err)")
        return database
    }

    // MARK: Batch lines

    /// Opening a 320600-XK-001 licence case with every required material and fact, so it can be
    /// accepted at once.
    static func openLicenceLine(request: String, subject: String) -> String {
        jsonLine([
            "op": "open", "request": request, "item": "320600-XK-001", "subject": subject,
            "party": ["kind": "organization", "name": "某文化传播有限公司", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
            "materials": ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1],
            "facts": ["activity-name": "浴佛节法会", "activity-date": "2026-05-24", "place": "南通市体育会展中心", "attendance": "3000"],
        ])
    }

    static func actLine(case caseID: String, action: String, request: String? = nil, opinion: String? = nil) -> String {
        var object: [String: Any] = ["op": "act", "case": caseID, "action": action]
        if let request { object["request"] = request }
        if let opinion { object["opinion"] = opinion }
        return jsonLine(object)
    }

    private static func jsonLine(_ object: [String: Any]) -> String {
        // Only literal dictionaries of strings and numbers reach here, which always serialise.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: sqlite3

    static let sqlite3 = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"].split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("sqlite3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? URL(fileURLWithPath: "/usr/bin/sqlite3")

    /// Runs SQL with the `sqlite3` shell, stopping at the first error.
    static func sqlite(_ database: URL, _ sql: String) throws -> ChildProcess.Outcome {
        let child = try ChildProcess(executable: sqlite3, arguments: ["-batch", "-bail", "-cmd", ".timeout 5000", database.path, sql],
                                     environment: ProcessInfo.processInfo.environment, directory: root)
        return child.finish(timeout: 60)
    }

    /// The rows a query returns, columns split at `|`; fails the test if the shell does.
    static func rows(_ database: URL, _ sql: String) throws -> [[String]] {
        let result = try sqlite(database, sql)
        try #require(result.exited(0), "sqlite3 failed on \(sql): \(result.err)")
        return result.lines.map { $0.components(separatedBy: "|") }
    }

    /// A single value from a query, such as a count or an id.
    static func value(_ database: URL, _ sql: String) throws -> String {
        let rows = try rows(database, sql)
        return try #require(rows.first?.first, "no row for \(sql)")
    }

    // MARK: Temporary files

    /// A fresh directory under the system's temporary directory, removed after `body`.
    static func withTemporaryDirectory<T>(_ label: String, _ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }
}
