import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk init [--demo]`: a new database with the shipped definitions and holiday schedules.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: HelpPhrases.initCommand.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    @Flag(help: .phrase(HelpPhrases.initDemo))
    var demo = false

    @Option(help: .phrase(HelpPhrases.initAdmin))
    var admin: String = "admin"

    @Option(help: .phrase(HelpPhrases.initPasswordFile))
    var passwordFile: String?

    @Option(help: .phrase(HelpPhrases.initGroup))
    var group: String?

    func run() throws {
        let language = global.language
        let path = global.databasePath
        try AccountMapping.requireRoot("init", language: language)
        do {
            let sources = try ShippedResources.definitions(global)
            let schedules = try ShippedResources.schedules(global)
            if demo {
                let store = try PowerDeskStore.createDemo(at: path, definitions: sources, schedules: schedules, group: group)
                Console.out(CommandPhrases.initDemoDone(path, try store.cases.count()).text(language))
                for account in DemoSeeder.accounts {
                    Console.out("  \(DisplayWidth.pad(account.id, to: 10)) \(DisplayWidth.pad(account.name, to: 8)) \(DisplayWidth.pad(account.posts.joined(separator: ","), to: 10)) \(CommandPhrases.passwordIs(DemoSeeder.password).text(language))")
                }
            } else {
                let password = try PasswordSource.read(file: passwordFile, language: language)
                _ = try PowerDeskStore.create(at: path, kind: .production, group: group, definitions: sources, schedules: schedules,
                                              admin: (id: admin, name: admin, password: password))
                Console.out(CommandPhrases.initDone(path, admin).text(language))
            }
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
