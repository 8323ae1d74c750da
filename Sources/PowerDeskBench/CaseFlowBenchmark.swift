import Foundation
import GRDB
import Storage
import Workflow

/// `powerdesk-bench cases`: the licence flow through the store, one durable transaction per
/// operation, and in the same run the floor (the same rows written through GRDB with no engine);
/// prints both, their ratio, and PowerDesk's CPU per operation above the floor.
enum CaseFlowBenchmark {
    struct Result {
        let operations: Int
        let wall: Double
        let cpu: Double
        var perSecond: Double { Double(operations) / wall }
        var cpuPerOperation: Double { cpu / Double(operations) * 1000 }
    }

    static func run(flows: String, calendarDirectory: URL, directory: String, cases: Int) throws {
        let database = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
        let folder = try BenchmarkDatabase.folder(in: directory, "bench")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try database.create(at: folder + "/desk.sqlite", users: LicenceFlowScript.users, password: "benchmark")
        let script = try LicenceFlowScript(store: store)
        // Warm-up: definitions compiled, templates parsed, statements prepared.
        for index in 0..<20 { try script.run(case: index) }
        let (auditMark, outboxMark) = try store.database.pool.read { db in
            (try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0, try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM outbox") ?? 0)
        }

        let cpu0 = Measure.cpuSeconds(), wall0 = Measure.wallSeconds()
        var operations = 0
        for index in 20..<(20 + cases) { operations += try script.run(case: index) }
        let desk = Result(operations: operations, wall: Measure.wallSeconds() - wall0, cpu: Measure.cpuSeconds() - cpu0)

        let floor = try CommitFloor.recorded(in: store.database.pool, afterAudit: auditMark, afterOutbox: outboxMark)
        let floorStore = try database.create(at: folder + "/floor.sqlite", users: [], password: "benchmark")
        let cpu1 = Measure.cpuSeconds(), wall1 = Measure.wallSeconds()
        try floor.replay(into: floorStore.database.pool)
        let bare = Result(operations: floor.operations.count, wall: Measure.wallSeconds() - wall1, cpu: Measure.cpuSeconds() - cpu1)

        let synchronous = try store.database.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
        print("licence flow, \(cases) cases, \(desk.operations) operations, in \(directory) (synchronous = \(synchronous) on the writer)")
        print(String(format: "  PowerDesk  %8.0f tx/s   wall %6.3f ms/op   CPU %6.3f ms/op", desk.perSecond, desk.wall / Double(desk.operations) * 1000, desk.cpuPerOperation))
        print(String(format: "  floor      %8.0f tx/s   wall %6.3f ms/op   CPU %6.3f ms/op   (%d operations)", bare.perSecond, bare.wall / Double(bare.operations) * 1000, bare.cpuPerOperation, bare.operations))
        print(String(format: "  ratio      %8.2f of the floor's tx/s;  PowerDesk's own CPU above the floor %6.3f ms/op",
                     desk.perSecond / bare.perSecond, desk.cpuPerOperation - bare.cpuPerOperation))
    }
}
