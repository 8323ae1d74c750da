import Foundation
import Localization

/// The language of the command line's help and usage errors, read from the raw arguments before
/// ArgumentParser parses them: help texts are built when ArgumentParser introspects a command,
/// so they must know the language before `--lang` is parsed.
enum CommandLanguage {
    static let current: Language = from(arguments: Array(CommandLine.arguments.dropFirst()),
                                        environment: ProcessInfo.processInfo.environment)

    /// `--lang en` or `--lang=en` anywhere before a `--` ends the options, else `POWERDESK_LANG`
    /// (how the English man pages are generated); Chinese otherwise.
    static func from(arguments: [String], environment: [String: String] = [:]) -> Language {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { return Language.from(arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language.from(String(argument.dropFirst("--lang=".count))) }
            index += 1
        }
        return Language.from(environment["POWERDESK_LANG"])
    }

    /// Requests whose answer is for programs, not people (the version, a completion script, the
    /// tool's JSON description): never translated or re-wrapped.
    static func isMachineOutput(_ arguments: [String]) -> Bool {
        arguments.contains { argument in
            ["--version", "--experimental-dump-help", "--generate-completion-script"].contains(argument.split(separator: "=").first.map(String.init) ?? "")
                || argument.hasPrefix("---completion")
        }
    }
}
