import Foundation
import Localization

/// Where a new password comes from (a reset or a change): a file given with
/// `--new-password-file`, or `$POWERDESK_NEW_PASSWORD` — never the command line, where `ps`
/// shows it. The current password keeps coming from `PasswordSource`.
enum NewPasswordSource {
    static func read(file: String?, language: Language) throws -> String {
        if let file { return try PasswordSource.read(file: file, language: language) }
        if let value = ProcessInfo.processInfo.environment["POWERDESK_NEW_PASSWORD"], !value.isEmpty { return value }
        Console.err(AdminPhrases.newPasswordMissing().text(language))
        throw CommandFailure.usage
    }
}
