import ArgumentParser
import Localization
import Storage

/// `powerdesk transcript print N [-o FILE]`: the transcript as a PDF laid out for signature,
/// written to FILE, or with no `-o` into the output folder and to the printer when one is set.
struct TranscriptPrint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print", abstract: TranscriptPhrases.helpPrint.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(TranscriptPhrases.helpNumber)) var number: Int64
    @Option(name: .shortAndLong, help: .phrase(HelpPhrases.outputPDF)) var output: String?
    @Flag(help: .phrase(HelpPhrases.force)) var force = false

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let transcript = try TranscriptRepository(store: store).transcript(number)
            let printer = DocumentPrinter(store: store)
            guard let output else {
                let outcome = try printer.printTranscript(transcript)
                outcome.lines(language).forEach(Console.out)
                if !outcome.succeeded { throw CommandFailure.refused }
                return
            }
            let made = try printer.transcriptPDF(transcript)
            made.missingCharactersWarning.map { Console.err($0.text(language)) }
            try Privilege.asUser { try DocFiles.write(made.data, to: output, database: global.databasePath, force: force) }
            if output != "-" { Console.out(CommandPhrases.docWritten(output, made.data.count).text(language)) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
