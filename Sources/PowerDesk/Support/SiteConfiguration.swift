import Foundation
import Localization
import Storage
import Yams
#if canImport(Glibc)
import Glibc
#endif

/// The configuration in effect: built-in defaults, then a YAML file (`/etc/powerdesk/powerdesk.yaml`
/// as the package installs it), then environment variables, then command-line options. When the
/// process runs setgid, only root-owned files count and neither the environment nor options can
/// move the database, the definitions, the fonts or the output (see `Privilege`).
struct SiteConfiguration: Sendable {
    /// The settings a file may hold, in the order `config show` prints them.
    static let keys = ["database", "flows", "calendar", "printer", "output", "font", "anchors", "require-password", "inbox", "attach-from",
                       "escalate-chief-after", "escalate-leader-after", "notice-answer-days", "ambiguous-width", "outbox",
                       "feed-lag-red-hours", "retention-years"]
    /// The environment variable that overrides each setting.
    static let variables = [
        "database": "POWERDESK_DB", "flows": "POWERDESK_FLOWS", "calendar": "POWERDESK_CALENDAR",
        "printer": "POWERDESK_PRINTER", "output": "POWERDESK_OUTPUT", "font": "POWERDESK_FONT", "anchors": "POWERDESK_ANCHORS",
        "inbox": "POWERDESK_INBOX", "attach-from": "POWERDESK_ATTACH_FROM", "outbox": "POWERDESK_OUTBOX",
    ]
    /// The settings a privileged process takes from its files only, never from its caller.
    static let locked: Set<String> = ["database", "flows", "calendar", "output", "font", "anchors", "require-password", "inbox", "attach-from"]
    static let systemFile = "/etc/powerdesk/powerdesk.yaml"
    static let privilegedDatabase = "/var/lib/powerdesk/powerdesk.sqlite"
    /// Where the installed system keeps the audit chain's anchors: written by root, outside the
    /// directory the database's group may write.
    static let privilegedAnchors = "/var/log/powerdesk/anchors.log"

    let environment: [String: String]
    let elevated: Bool
    /// The file whose values are in force, if any.
    let file: String?
    let fileValues: [String: String]
    /// Problems found while reading files: reported, and the file's values are not used.
    let problems: [Message]

    /// The process's configuration, read once.
    static let current = SiteConfiguration.load(
        environment: ProcessInfo.processInfo.environment, elevated: Privilege.isElevated, executable: Privilege.executablePath)

    /// The files looked at, first found wins. A privileged process looks only beside its own
    /// installation (`PREFIX/etc`, as `/usr/local` installs use) and in `/etc`; anyone else may
    /// also name a file with `POWERDESK_CONFIG` or keep one in `~/.config/powerdesk/`.
    static func candidateFiles(environment: [String: String], elevated: Bool, executable: String) -> [String] {
        let besideInstall = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("etc/powerdesk/powerdesk.yaml").standardizedFileURL.path
        if elevated { return [besideInstall, systemFile] }
        if let named = environment["POWERDESK_CONFIG"], !named.isEmpty { return [named] }
        var files: [String] = []
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].map { $0 + "/.config" }
        if let configHome { files.append(configHome + "/powerdesk/powerdesk.yaml") }
        return files + [besideInstall, systemFile]
    }

    static func load(environment: [String: String], elevated: Bool, executable: String) -> SiteConfiguration {
        for path in candidateFiles(environment: environment, elevated: elevated, executable: executable) {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if elevated, !Privilege.ownedByRoot(path) {
                return SiteConfiguration(environment: environment, elevated: elevated, file: nil, fileValues: [:],
                                         problems: [DeployPhrases.configUntrusted(path)])
            }
            do {
                let values = try parse(try String(contentsOfFile: path, encoding: .utf8))
                return SiteConfiguration(environment: environment, elevated: elevated, file: path, fileValues: values, problems: [])
            } catch let message as Message {
                return SiteConfiguration(environment: environment, elevated: elevated, file: nil, fileValues: [:],
                                         problems: [DeployPhrases.configInvalid(path, message)])
            } catch {
                return SiteConfiguration(environment: environment, elevated: elevated, file: nil, fileValues: [:],
                                         problems: [DeployPhrases.configInvalid(path, String(describing: error))])
            }
        }
        return SiteConfiguration(environment: environment, elevated: elevated, file: nil, fileValues: [:], problems: [])
    }

    /// A flat mapping of the known keys to scalars; an unknown key is an error, so a misspelt
    /// setting is noticed instead of silently ignored.
    static func parse(_ text: String) throws -> [String: String] {
        guard let loaded = try Yams.load(yaml: text) else { return [:] }
        guard let mapping = loaded as? [String: Any] else {
            throw DeployPhrases.configNotMapping(keys.joined(separator: ", "))
        }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            // The feed's targets are a mapping of their own, checked by `FeedConfiguration`.
            if key == FeedConfiguration.key { continue }
            guard keys.contains(key) else { throw DeployPhrases.configUnknownKey(key, keys.joined(separator: ", ")) }
            switch value {
            case let text as String: values[key] = text
            case let flag as Bool: values[key] = flag ? "true" : "false"
            case let number as Int: values[key] = String(number)
            case is NSNull: continue
            default: throw DeployPhrases.configNotScalar(key)
            }
        }
        return values
    }

    /// The setting `key` in effect, given the command-line option's value if the command has one.
    func value(_ key: String, option: String? = nil) -> ConfiguredValue {
        // Running privileged, only the settings that name files are fixed; the printer's name
        // moves nothing the caller could not reach anyway.
        if !elevated || !Self.locked.contains(key) {
            if let option, !option.isEmpty { return ConfiguredValue(value: option, source: .option(key)) }
            if let name = Self.variables[key], let value = environment[name], !value.isEmpty {
                return ConfiguredValue(value: value, source: .environment(name))
            }
        }
        if let file, let value = fileValues[key], !value.isEmpty {
            // "~/" is the caller's home, so one file serves every officer (`output: ~/printouts`).
            let expanded = value.hasPrefix("~/") ? home + value.dropFirst(1) : value
            return ConfiguredValue(value: expanded, source: .file(file))
        }
        return ConfiguredValue(value: builtInDefault(key), source: elevated && key == "database" ? .privileged : .builtIn)
    }

    private func builtInDefault(_ key: String) -> String? {
        switch key {
        case "database":
            if elevated { return Self.privilegedDatabase }
            if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/powerdesk/powerdesk.sqlite" }
            return home + "/.local/share/powerdesk/powerdesk.sqlite"
        case "output": return home + "/powerdesk-printouts"
        // The drop folder a scanner, scp or rz fills; files are filed from it, the home and /tmp.
        case "inbox": return home + "/powerdesk-inbox"
        case "attach-from": return home + ":/tmp"
        case "anchors":
            if elevated { return Self.privilegedAnchors }
            if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/powerdesk/anchors.log" }
            return home + "/.local/state/powerdesk/anchors.log"
        case "require-password": return "false"
        // How the terminal draws ambiguous-width characters (①, ※, “”): single or double columns.
        case "ambiguous-width": return "single"
        // Where the desk exports a filed file (`o` in a case's files).
        case "outbox": return home + "/powerdesk-outbox"
        // Red cases escalate to the section chief, then the leader, after these working days;
        // an officer answers a 督办 notice within the last.
        case "escalate-chief-after": return "\(EscalationPolicy.standard.chiefAfter)"
        case "escalate-leader-after": return "\(EscalationPolicy.standard.leaderAfter)"
        case "notice-answer-days": return "5"
        default: return nil
        }
    }

    /// The caller's home: from the account database when privileged (`HOME` is the caller's to set).
    private var home: String {
        if !elevated, let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return NSTemporaryDirectory()
    }

    /// The typesetting module reads the font from `POWERDESK_FONT`; a font set in the file (or,
    /// running privileged, the file's font or none) is put there once at start.
    func exportFont() {
        let font = value("font")
        if case .file = font.source, let path = font.value { setenv("POWERDESK_FONT", path, 1) }
    }

    /// Says on standard error, before any command runs, why a configuration file is not used, in
    /// the language the command line asks for (parsing has not happened yet).
    func reportProblems(arguments: [String]) {
        guard !problems.isEmpty else { return }
        var language = Language.zh
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
            language = Language.from(arguments[index + 1])
        } else if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) {
            language = Language.from(String(inline.dropFirst("--lang=".count)))
        }
        for problem in problems { Console.err(problem.text(language)) }
    }

    /// Whether the desk measures ambiguous-width characters as two columns (`ambiguous-width: double`).
    var ambiguousWide: Bool {
        ["double", "wide", "2"].contains((value("ambiguous-width").value ?? "").lowercased())
    }

    /// Whether a privileged sign-in still asks for the password (a second factor).
    var requiresPassword: Bool {
        ["true", "yes", "1"].contains((value("require-password").value ?? "").lowercased())
    }
}
