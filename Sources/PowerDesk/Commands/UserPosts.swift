import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user posts NAME POST... --user ADMIN`: an admin sets every post a user holds
/// (posts of the definitions in force). Audited with the posts before and after.
struct UserPosts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "posts", abstract: AdminPhrases.helpPosts.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpTargetUser)) var name: String
    @Argument(help: .phrase(AdminPhrases.helpPostCodes)) var posts: [String] = []
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.users.setPosts(name, posts, by: actor)
            return AdminPhrases.postsSet(name, posts.joined(separator: " "))
        }
    }
}
