import Foundation
import GRDB
import Storage
import Workflow

/// `powerdesk-bench verify`: a training database filled with the licence flow (many operations to
/// a transaction, so a million audit records take minutes, not hours), then `audit verify`'s
/// checks timed: the hash chain alone, and the whole check, every case replayed against its
/// stored state. Prints records per second; memory is the process's peak resident size.
enum VerifyBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, records target: Int, keep: String?) throws {
        let folder = try BenchmarkDatabase.folder(in: directory, "verify")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = keep ?? folder + "/desk.sqlite"
        let store = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
            .openOrCreate(keep: keep, at: path, users: LicenceFlowScript.users) { store in
                let script = try LicenceFlowScript(store: store)
                let start = Measure.wallSeconds()
                var index = 0
                var records = try count(store)
                while records < target {
                    try store.bulkLoad { writer in
                        for _ in 0..<500 {
                            try script.run(case: index, in: writer, at: Date())
                            index += 1
                        }
                    }
                    records = try count(store)
                    FileHandle.standardOutput.write(Data(String(format: "\r  loading: %d cases, %d audit records, %.0f s", index, records, Measure.wallSeconds() - start).utf8))
                }
                print("")
            }
        let records = try count(store)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "  %d audit records, %d cases, file %.0f MB", records, try store.cases.count(), Double(size) / 1e6))

        let chainStart = Measure.wallSeconds()
        let chain = try store.verifyChain()
        let chainTime = Measure.wallSeconds() - chainStart
        guard chain.isIntact else { throw BenchmarkFailure("the chain does not verify: \(chain.message.text(.en))") }
        print(String(format: "  hash chain            %7.2f s   %10.0f records/s", chainTime, Double(records) / chainTime))

        let wholeStart = Measure.wallSeconds()
        let whole = try store.verify()
        let wholeTime = Measure.wallSeconds() - wholeStart
        guard whole.isIntact else { throw BenchmarkFailure("verify failed: \(whole.message.text(.en))") }
        print(String(format: "  the whole check       %7.2f s   %10.0f records/s", wholeTime, Double(records) / wholeTime))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "  peak memory of this process %.0f MB", Double(usage.ru_maxrss) / 1024))
    }

    static func count(_ store: PowerDeskStore) throws -> Int {
        try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT MAX(seq) FROM audit") ?? 0 }
    }
}
