import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk flows add FILE --user ADMIN [--as items/NAME.yaml] [--note TEXT]`: an admin files a
/// new item (a 41st power, when the law adds one) as a draft of the definitions in force plus the
/// file; the legal post sees it with `flows diff` and confirms or rejects it.
struct FlowsAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: AdminPhrases.helpAdd.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpNewFile)) var file: String
    @Option(name: .customLong("as"), help: .phrase(AdminPhrases.helpAs)) var path: String?
    @Option(help: .phrase(AdminPhrases.helpNote)) var note: String = ""
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let text = try? Privilege.asUser({ try String(contentsOfFile: file, encoding: .utf8) }) else {
            Console.err(AdminPhrases.fileUnreadable(file).text(language))
            throw CommandFailure.usage
        }
        let destination = path ?? "items/" + (file as NSString).lastPathComponent
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            let version = try store.definitions.proposeAddition(SourceFile(path: destination, text: text), note: note, by: actor)
            return AdminPhrases.draftFiled(version, destination)
        }
    }
}
