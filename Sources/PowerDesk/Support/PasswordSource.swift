import Foundation
import Localization

/// Where a password comes from without being typed on the command line (where `ps` shows it):
/// a file given with `--password-file`, or `$POWERDESK_PASSWORD`.
enum PasswordSource {
    static func read(file: String?, language: Language) throws -> String {
        if let file {
            // Read through a handle, so a pipe (`--password-file <(pass show desk)`) works too; with
            // the caller's own rights, so the group's privilege opens no file the caller could not.
            let handle = try? Privilege.asUser { FileHandle(forReadingAtPath: file) }
            guard let handle, let data = try? handle.readToEnd() ?? Data() else {
                Console.err(CommandPhrases.passwordFileUnreadable(file).text(language))
                throw CommandFailure.usage
            }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        if let value = ProcessInfo.processInfo.environment["POWERDESK_PASSWORD"], !value.isEmpty { return value }
        Console.err(CommandPhrases.passwordMissing().text(language))
        throw CommandFailure.usage
    }
}
