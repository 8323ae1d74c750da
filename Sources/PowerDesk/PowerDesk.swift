import ArgumentParser
import Foundation
import Localization

/// `powerdesk`: the desk (full screen) and the commands for scripts and admins. With no
/// subcommand it opens the desk.
@main
struct PowerDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "powerdesk",
        abstract: "PowerDesk — 行政权力网上公开透明运行办公桌面 (Nantong Ethnic and Religious Affairs Bureau).",
        version: PowerDeskVersion.current,
        subcommands: [
            OpenDeskCommand.self, DemoCommand.self, InitCommand.self, BatchCommand.self, AuditCommand.self, BackupCommand.self,
            FlowsCommand.self, CalendarCommand.self, PartyCommand.self, DocCommand.self, UserCommand.self, ConfigCommand.self, BenchDeskCommand.self, BenchDocumentsCommand.self, FeedCommand.self,
        ],
        defaultSubcommand: OpenDeskCommand.self
    )

    /// Usage errors exit 2, as documented, rather than ArgumentParser's 64. The privilege model
    /// is set up before anything reads the environment (`Privilege.start`).
    static func main() {
        Privilege.start()
        SiteConfiguration.current.reportProblems(arguments: CommandLine.arguments)
        SiteConfiguration.current.exportFont()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.err(fullMessage(for: error))
                Foundation.exit(CommandFailure.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
