import Foundation
import Storage
import Workflow

/// A fresh training database for a benchmark, made from the shipped definitions and holiday
/// schedules, with the accounts the benchmark acts as.
struct BenchmarkDatabase {
    let sources: [SourceFile]
    let schedules: [(file: String, text: String)]

    init(flows: String, calendarDirectory: URL) throws {
        sources = DefinitionLoader.sources(at: [flows]).sources
        schedules = try FileManager.default.contentsOfDirectory(atPath: calendarDirectory.path).sorted().map { name in
            (file: name, text: try String(contentsOf: calendarDirectory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// `users` as (id, name, post), each with `password`; the admin's password is `adminPassword`.
    func create(at path: String, kind: DatabaseKind = .training, users: [(id: String, name: String, post: String)], password: String,
                adminPassword: String = "benchmark-admin") throws -> PowerDeskStore {
        let store = try PowerDeskStore.create(at: path, kind: kind, definitions: sources, schedules: schedules,
                                              admin: (id: "admin", name: "管理员", password: adminPassword))
        let admin = Actor(userID: "admin", name: "管理员", posts: ["admin"])
        for user in users {
            try store.users.create(id: user.id, name: user.name, section: "office", posts: [user.post], password: password, by: admin)
        }
        return store
    }

    /// The database a benchmark measures: the one kept from an earlier run (`--keep FILE`, when it
    /// exists), else a new one at `path` with `users`, filled by `fill`.
    func openOrCreate(keep: String?, at path: String, users: [(id: String, name: String, post: String)],
                      fill: (PowerDeskStore) throws -> Void) throws -> PowerDeskStore {
        if let keep, FileManager.default.fileExists(atPath: keep) { return try PowerDeskStore.open(at: keep) }
        let store = try create(at: path, users: users, password: "benchmark")
        try fill(store)
        return store
    }

    /// A scratch folder under `directory`, removed by the caller.
    static func folder(in directory: String, _ label: String) throws -> String {
        let folder = directory + "/powerdesk-\(label)-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The `powerdesk` binary built beside this benchmark.
    static func binary() throws -> String {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("powerdesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchmarkFailure("\(binary) is missing: build it first (swift build -c release)")
        }
        return binary
    }
}
