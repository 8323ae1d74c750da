import Foundation

// Benchmarks that print numbers (run with `swift run -c release powerdesk-bench [WHAT]`):
//   definitions   loading and validating the catalogue, the engine's hot paths (the default)
//   cases         the licence flow through storage against a bare-GRDB floor [--cases N] [--dir D]
//   startup       `powerdesk batch` from exec to its first answer, less the password hash [--runs N]
//   verify        `audit verify` on a database of about a million audit records [--records N] [--keep FILE]
//   board         the supervision board on a million cases [--cases N] [--keep FILE]
//   writers       1, 4 and 8 concurrent `powerdesk batch` processes on one file [--operations N] [--dir D]
//   publish       the public site for a million cases: whole, idle, after one change [--cases N] [--real N] [--dir D]
//   feed          one busy day's outbox to PostgreSQL and to a directory [--operations N] [--conninfo C] [--dir D]
//   archive       moving concluded cases into the yearly archive, cases/s [--cases N] [--batch N] [--dir D]
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let flows = ProcessInfo.processInfo.environment["POWERDESK_FLOWS"] ?? root.appendingPathComponent("Resources/flows").path
let calendarDirectory = root.appendingPathComponent("Resources/calendar")
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

do {
    switch arguments.first ?? "definitions" {
    case "definitions":
        DefinitionBenchmarks.run(flows: flows, calendarDirectory: calendarDirectory)
    case "cases":
        for directory in option("--dir", default: NSTemporaryDirectory() + ",/dev/shm").split(separator: ",") {
            try CaseFlowBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: String(directory),
                                      cases: Int(option("--cases", default: "300")) ?? 300)
        }
    case "startup":
        print("start-up of powerdesk batch, in \(NSTemporaryDirectory()):")
        try StartupBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                                 runs: Int(option("--runs", default: "20")) ?? 20)
    case "verify":
        print("audit verify, in \(NSTemporaryDirectory()):")
        try VerifyBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                                records: Int(option("--records", default: "1000000")) ?? 1_000_000,
                                keep: arguments.contains("--keep") ? option("--keep", default: "") : nil)
    case "board":
        print("supervision board, in \(NSTemporaryDirectory()):")
        try BoardBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                               cases: Int(option("--cases", default: "1000000")) ?? 1_000_000,
                               keep: arguments.contains("--keep") ? option("--keep", default: "") : nil)
    case "writers":
        print("concurrent writers, \(NSTemporaryDirectory()):")
        try ConcurrentWriters.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                                  operations: Int(option("--operations", default: "200")) ?? 200, counts: [1, 4, 8])
    case "publish":
        print("public site (powerdesk publish), in \(option("--dir", default: NSTemporaryDirectory())):")
        try PublishBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                                 cases: Int(option("--cases", default: "1000000")) ?? 1_000_000, real: Int(option("--real", default: "2000")) ?? 2000)
    case "feed":
        try FeedBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                              operations: Int(option("--operations", default: "10000")) ?? 10_000,
                              conninfo: arguments.contains("--conninfo") ? option("--conninfo", default: "") : nil)
    case "archive":
        print("powerdesk archive, in \(option("--dir", default: NSTemporaryDirectory())):")
        try ArchiveBenchmark.run(flows: flows, calendarDirectory: calendarDirectory, directory: option("--dir", default: NSTemporaryDirectory()),
                                 cases: Int(option("--cases", default: "100000")) ?? 100_000, batch: Int(option("--batch", default: "500")) ?? 500)
    default:
        print("usage: powerdesk-bench [definitions | cases [--cases N] [--dir D1,D2] | startup [--runs N] | verify [--records N] [--keep FILE] | board [--cases N] [--keep FILE] | writers [--operations N] [--dir D] | publish [--cases N] [--real N] [--dir D] | feed [--operations N] [--conninfo C] [--dir D] | archive [--cases N] [--batch N] [--dir D]]")
        exit(2)
    }
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
