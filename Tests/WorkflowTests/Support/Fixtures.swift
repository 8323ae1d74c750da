import Foundation
import Workflow

/// Paths and loaders shared by the tests. Tests read the shipped definitions from the repository,
/// so a broken definition in `Resources/flows` fails the suite.
enum Fixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var flowsDirectory: String { repositoryRoot.appendingPathComponent("Resources/flows").path }

    static func shippedSources() -> [SourceFile] {
        DefinitionLoader.sources(at: [flowsDirectory]).sources
    }

    /// The shipped definitions compiled; nil only if they are broken, which a test then reports.
    static let shipped: DefinitionSet? = DefinitionCompiler.compile(shippedSources()).set

    /// The shipped holiday schedules as a calendar.
    static let calendar: WorkCalendar = {
        let directory = repositoryRoot.appendingPathComponent("Resources/calendar")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name -> (file: String, text: String)? in
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return (file: name, text: text)
        }
        return HolidayScheduleLoader.load(files).calendar
    }()

    /// 09:00 in Shanghai on an ISO date, as an instant.
    static func morning(_ iso: String) -> Date {
        guard let date = CivilDate(iso: iso) else { return Date(timeIntervalSince1970: 0) }
        var components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 9)
        components.timeZone = TimeZone(identifier: "Asia/Shanghai")
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The shipped sources with one file's text replaced, for tests that break one thing at a time.
    static func shippedSources(replacing suffix: String, with transform: (String) -> String) -> [SourceFile] {
        shippedSources().map { source in
            source.path.hasSuffix(suffix) ? SourceFile(path: source.path, text: transform(source.text)) : source
        }
    }
}
