import ArgumentParser

/// `powerdesk doc ...`: a case's documents as issued, in text or PDF, printed, corrected, and the
/// whole case archive as one PDF.
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc", abstract: "Issued documents: list, show, pdf, print, correct, archive.",
        subcommands: [DocList.self, DocShow.self, DocPDF.self, DocPrint.self, DocCorrect.self, DocArchive.self]
    )
}
