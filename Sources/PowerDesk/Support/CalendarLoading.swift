import Foundation
import Workflow

/// Reads the holiday schedule files for commands that count working days.
enum CalendarLoading {
    static func load(directory: String) -> HolidayScheduleLoader.Result {
        let url = URL(fileURLWithPath: directory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        let files = names.compactMap { name -> (file: String, text: String)? in
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
            return (file: path, text: text)
        }
        return HolidayScheduleLoader.load(files)
    }
}
