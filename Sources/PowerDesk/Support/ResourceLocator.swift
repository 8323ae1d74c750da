import Foundation
import Localization

/// Finds the shipped definitions and holiday schedules. `Resources/` sits at the package's top
/// level, outside any target, so the binary looks, in order, at: the option, the environment
/// variable and the configuration file (see `SiteConfiguration`), then beside the executable
/// (`PREFIX/share/powerdesk/` of an installed binary, or a checkout's `Resources/` above
/// `.build/*/powerdesk`), the current directory's `Resources/`, `/usr/local/share/powerdesk/` and
/// `/usr/share/powerdesk/`. Beside the executable comes first so that a checkout or a relocated
/// install uses its own files rather than an older installed set. A privileged (setgid) process
/// skips the current directory, which its caller chooses, and any folder not root's alone.
enum ResourceLocator {
    static let systemRoots = ["/usr/local/share/powerdesk", "/usr/share/powerdesk"]

    /// The directory of `name` ("flows" or "calendar"), or the places tried when none exists.
    enum Found: Equatable {
        case directory(String)
        case missing(tried: [String])
    }

    static func flowsDirectory(option: String?) -> String { directory("flows", option: option) }

    static func calendarDirectory(option: String?) -> String { directory("calendar", option: option) }

    /// The directory, or the first place tried after saying on standard error that nothing was
    /// found where, so that the caller's own message about the empty place follows a clear one.
    static func directory(_ name: String, option: String?, language: Language = .zh) -> String {
        switch locate(name, option: option) {
        case .directory(let path):
            return path
        case .missing(let tried):
            Console.err(notFound(name, tried: tried).text(language))
            return tried.first ?? name
        }
    }

    /// The directory, or a refusal after saying where it was looked for.
    static func require(_ name: String, option: String?, language: Language) throws -> String {
        switch locate(name, option: option) {
        case .directory(let path):
            return path
        case .missing(let tried):
            Console.err(notFound(name, tried: tried).text(language))
            throw CommandFailure.refused
        }
    }

    static func notFound(_ name: String, tried: [String]) -> Message {
        DeployPhrases.resourceNotFound(name, tried.joined(separator: ", "))
    }

    static func locate(_ name: String, option: String?, configuration: SiteConfiguration = .current,
                       executable: String = Privilege.executablePath,
                       currentDirectory: String = FileManager.default.currentDirectoryPath) -> Found {
        let configured = configuration.value(name, option: option)
        if let path = configured.value {
            return exists(path) ? .directory(path) : .missing(tried: [path])
        }
        let candidates = self.candidates(name, executable: executable, currentDirectory: configuration.elevated ? nil : currentDirectory)
        // Running privileged, a folder someone else could have made or filled is passed over.
        let usable = { (path: String) in exists(path) && (!configuration.elevated || Privilege.ownedByRoot(path)) }
        if let found = candidates.first(where: usable) { return .directory(found) }
        return .missing(tried: candidates)
    }

    static func candidates(_ name: String, executable: String, currentDirectory: String?) -> [String] {
        let binDirectory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        var candidates = [binDirectory.deletingLastPathComponent().appendingPathComponent("share/powerdesk/\(name)").standardizedFileURL.path]
        var directory = binDirectory
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Resources/\(name)").standardizedFileURL.path)
            directory.deleteLastPathComponent()
        }
        if let currentDirectory { candidates.append(currentDirectory + "/Resources/\(name)") }
        candidates += systemRoots.map { "\($0)/\(name)" }
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted }
    }

    private static func exists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
