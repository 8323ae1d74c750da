import Foundation

/// Finds the shipped definitions. `Resources/` sits at the package's top level, outside any
/// target, so the binary looks for it in this order: an explicit option, an environment variable,
/// the source tree the binary was built in (walking up from the executable, which covers
/// `swift run` and `.build/*/powerdesk`), and the install location.
enum ResourceLocator {
    static let installRoot = "/usr/local/share/powerdesk"

    static func flowsDirectory(option: String?) -> String {
        locate("flows", option: option, variable: "POWERDESK_FLOWS")
    }

    static func calendarDirectory(option: String?) -> String {
        locate("calendar", option: option, variable: "POWERDESK_CALENDAR")
    }

    private static func locate(_ name: String, option: String?, variable: String) -> String {
        if let option, !option.isEmpty { return option }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        let manager = FileManager.default
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Resources").appendingPathComponent(name)
            if manager.fileExists(atPath: candidate.path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        let cwd = URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent("Resources").appendingPathComponent(name)
        if manager.fileExists(atPath: cwd.path) { return cwd.path }
        return "\(installRoot)/\(name)"
    }
}
