import Foundation
import Localization
@testable import PowerDesk
import Storage
import Workflow

/// A demo database in a temporary directory and a signed-in desk over an in-memory screen.
final class DeskFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let directory: URL
    let store: PowerDeskStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let flows = Self.root.appendingPathComponent("Resources/flows").path
        let sources = DefinitionLoader.sources(at: [flows]).sources.map { SourceFile(path: String($0.path.dropFirst(flows.count + 1)), text: $0.text) }
        let calendar = Self.root.appendingPathComponent("Resources/calendar")
        let schedules = ["2025.yaml", "2026.yaml"].compactMap { name in
            (try? String(contentsOf: calendar.appendingPathComponent(name), encoding: .utf8)).map { (file: "calendar/" + name, text: $0) }
        }
        store = try PowerDeskStore.createDemo(at: directory.appendingPathComponent("demo.sqlite").path, definitions: sources, schedules: schedules)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func desk(_ user: String, language: Language = .zh) throws -> MainDeskView {
        let actor = try store.users.authenticate(user, password: DemoSeeder.password)
        return MainDeskView(session: try DeskSession(store: store, actor: actor, language: language))
    }

    /// Sends keys and redraws after each, as the application loop does.
    static func press(_ keys: [Key], on view: DeskView, screen: ScreenBuffer) {
        view.render(on: screen)
        for key in keys {
            _ = view.handle(key)
            view.render(on: screen)
        }
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }
}
