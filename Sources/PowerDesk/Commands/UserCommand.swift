import Localization
import ArgumentParser

/// `powerdesk user ...`: account administration from the command line.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: HelpPhrases.user.inCommandLanguage,
        subcommands: [UserUnlock.self, UserCertify.self, UserDisable.self, UserEnable.self, UserResetPassword.self, UserPosts.self, UserPasswd.self]
    )
}
