import ArgumentParser
import Foundation
import Localization

/// `powerdesk`: the desk (full screen) and the commands for scripts and admins. With no
/// subcommand it opens the desk.
@main
struct PowerDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "powerdesk",
        abstract: HelpPhrases.root.inCommandLanguage,
        version: PowerDeskVersion.current,
        subcommands: [
            OpenDeskCommand.self, DemoCommand.self, InitCommand.self, BatchCommand.self, AuditCommand.self, BackupCommand.self,
            FlowsCommand.self, CalendarCommand.self, PartyCommand.self, DocCommand.self, AttachCommand.self, FilesCommand.self, TranscriptCommand.self, UserCommand.self, ConfigCommand.self, SuperviseCommand.self, BenchDeskCommand.self, BenchDocumentsCommand.self, FeedCommand.self,
            PublishCommand.self, SecretCommand.self, RestoreCommand.self, ArchiveCommand.self,
            EvaluateCommand.self, ComplaintCommand.self, ClockCommand.self,
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
            let commands = Set(configuration.subcommands.map { $0._commandName })
            var command = try parseAsRoot(LeadingOptions.reordered(Array(CommandLine.arguments.dropFirst()), commands: commands))
            try command.run()
        } catch {
            report(error)
        }
    }

    /// ArgumentParser's help and usage errors, in the command line's language; help goes to
    /// standard output and ends 0, errors to standard error. Usage errors end 2. What is not
    /// prose (the version, a completion script, the JSON of `--experimental-dump-help`) passes
    /// through untouched.
    private static func report(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success, CommandLanguage.isMachineOutput(Array(CommandLine.arguments.dropFirst())) {
            let text = fullMessage(for: error)
            if !text.isEmpty { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
            Foundation.exit(0)
        }
        let language = CommandLanguage.current
        let width = CommandHelpText.terminalWidth()
        let raw = language == .en ? fullMessage(for: error, columns: width) : fullMessage(for: error, columns: 100_000)
        let text = CommandHelpText.localized(raw, language: language, width: width)
        if code == .success {
            if !text.isEmpty { Console.out(text) }
            Foundation.exit(0)
        }
        if !text.isEmpty { Console.err(text) }
        Foundation.exit(code == .validationFailure ? CommandFailure.usage.rawValue : code.rawValue)
    }
}
