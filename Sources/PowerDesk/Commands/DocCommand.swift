import Localization
import ArgumentParser

/// `powerdesk doc ...`: a case's documents as issued, in text or PDF, printed, corrected, and the
/// whole case archive as one PDF.
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc", abstract: HelpPhrases.doc.inCommandLanguage,
        subcommands: [DocList.self, DocShow.self, DocPDF.self, DocPrint.self, DocCorrect.self, DocArchive.self]
    )
}
