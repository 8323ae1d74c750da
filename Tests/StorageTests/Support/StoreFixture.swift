import Foundation
import Testing
@testable import Storage
import Workflow

/// A fresh database in a temporary directory with the shipped definitions, removed afterwards.
final class StoreFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let directory: URL
    var path: String { directory.appendingPathComponent("desk.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func definitions() -> [SourceFile] {
        let flows = root.appendingPathComponent("Resources/flows").path
        return DefinitionLoader.sources(at: [flows]).sources.map { SourceFile(path: String($0.path.dropFirst(flows.count + 1)), text: $0.text) }
    }

    static func schedules() -> [(file: String, text: String)] {
        let directory = root.appendingPathComponent("Resources/calendar")
        return ["2025.yaml", "2026.yaml"].compactMap { name in
            (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)).map { (file: "calendar/" + name, text: $0) }
        }
    }

    func demo() throws -> PowerDeskStore {
        try PowerDeskStore.createDemo(at: path, definitions: Self.definitions(), schedules: Self.schedules())
    }

    func empty(kind: DatabaseKind = .demo, clock: DeskClock = .fixed(DemoSeeder.now)) throws -> PowerDeskStore {
        try PowerDeskStore.create(at: path, kind: kind, clock: clock, definitions: Self.definitions(), schedules: Self.schedules(),
                                  admin: (id: "admin", name: "管理员", password: "secret-1"))
    }

    static let clerk = Actor(userID: "clerk", name: "王窗口", posts: ["clerk"])
    static let handler = Actor(userID: "handler", name: "李承办", posts: ["handler"])

    static func licenceDraft(materials: [String: Int]? = nil) throws -> CaseDraft {
        let party = CaseParty(kind: .organization, name: "南通市某寺", identity: try IdentityCheck.validate("91110000600037341L", as: .creditCode).get(), contact: "", address: "南通市崇川区某路1号")
        return CaseDraft(itemCode: "320600-XK-001", party: party, subject: "测试活动",
                         materials: materials ?? ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1],
                         facts: ["activity-name": .text("法会"), "activity-date": .date(CivilDate(year: 2026, month: 5, day: 1)!), "place": .text("广场"), "attendance": .quantity("500")])
    }
}
