import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk batch [FILE|-] --user NAME`: JSON Lines of operations, one JSON result line per
/// input line, each line its own transaction. A bad line is reported with its number and changes
/// nothing; the lines around it still run.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch", abstract: HelpPhrases.batch.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.batchFile)) var file: String = "-"
    @Option(help: .phrase(HelpPhrases.userActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        // Opened with the caller's own rights: a setgid desk must not read a file for them that
        // only its group could.
        let opened = file == "-" ? FileHandle.standardInput : (try? Privilege.asUser { FileHandle(forReadingAtPath: file) }) ?? nil
        guard let handle = opened else {
            Console.err(CommandPhrases.batchFileUnreadable(file).text(language))
            throw CommandFailure.usage
        }
        let runner = BatchRunner(store: store, actor: actor, language: language)
        var failures = 0
        var lineNumber = 0
        var lines = BatchLines(handle)
        StartupTimings.mark("ready")
        while let line = lines.next() {
            lineNumber += 1
            let result: [String: Any]
            switch line {
            case let .text(text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                result = runner.run(trimmed, line: lineNumber)
            case .oversize:
                result = runner.failure(lineNumber, [CommandPhrases.batchLineTooLong(lineNumber, BatchLines.defaultLimit >> 20).text(language)])
            case .invalidUTF8:
                result = runner.failure(lineNumber, [CommandPhrases.batchLineNotUTF8(lineNumber).text(language)])
            }
            if result["ok"] as? Bool != true { failures += 1 }
            Console.out(BatchRunner.json(result))
        }
        if lines.readError != nil {
            Console.err(CommandPhrases.batchFileUnreadable(file).text(language))
            throw CommandFailure.refused
        }
        if failures > 0 { throw CommandFailure.refused }
    }
}
