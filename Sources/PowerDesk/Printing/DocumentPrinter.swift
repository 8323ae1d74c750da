import Documents
import Foundation
import Localization
import Storage
import Typesetting
import Workflow

/// Turns stored documents into PDF and plain text, and prints them: every print is logged (the
/// first is the original, later ones are marked 副本 on every page), written to the output folder,
/// and sent to `lp` when a printer is configured. The font is loaded once, on first use.
final class DocumentPrinter {
    let store: PowerDeskStore
    let setup: PrinterSetup
    private var typesetter: PDFTypesetter?

    init(store: PowerDeskStore, setup: PrinterSetup = .fromEnvironment()) {
        self.store = store
        self.setup = setup
    }

    /// The typesetter on the configured fonts (general font, GB/T 9704 faces, fallbacks found
    /// through fontconfig), refused when the general font has no Chinese: a decision of empty
    /// boxes must not come out as a success.
    func pdfTypesetter() throws -> PDFTypesetter {
        if let typesetter { return typesetter }
        let made = try PDFTypesetter(library: FontLibrary())
        let font = made.font
        guard font.missingCharacters(in: Self.fontProbe).isEmpty else {
            throw DocumentError(DocumentPhrases.fontLacksChinese(font.familyName))
        }
        typesetter = made
        return made
    }

    /// Characters every document of the bureau prints.
    static let fontProbe = "南通市民族宗教事务局行政处罚决定书当事人"

    /// What a print did: where it went, and which characters the font could not draw.
    struct Outcome {
        let message: Message
        let warning: Message?
        let succeeded: Bool

        func lines(_ language: Language) -> [String] {
            [message.text(language)] + (warning.map { [$0.text(language)] } ?? [])
        }
    }

    static var copyMark: String { DocumentPhrases.copyMark.template(.zh) }

    func typesetDocument(_ document: IssuedDocument, copy: Bool, replaced: Bool = false) -> TypesetDocument {
        let mark = replaced ? DocumentPhrases.replacedMark.template(.zh) : copy ? Self.copyMark : nil
        return TypesetDocument(title: "\(document.name) \(document.number ?? "")", blocks: DocumentLayout.blocks(document.body ?? ""),
                               copyMark: mark, pageNumbers: true, creationDate: document.issuedAt)
    }

    /// The PDF with what the font could not draw (written files are not prints: no log, no mark).
    func pdf(_ document: IssuedDocument) throws -> TypesetOutput {
        try pdfTypesetter().typeset(typesetDocument(document, copy: false, replaced: document.replacedBy != nil))
    }

    func text(_ document: IssuedDocument, copy: Bool) -> String {
        DocumentLayout.plainText(document.body ?? "", copyMark: copy ? Self.copyMark : nil)
    }

    /// The case archive with every attached file's pages after its own (`ArchiveBinder`).
    func archivePDF(_ caseID: String) throws -> TypesetOutput {
        var archive = try store.documents.archive(caseID)
        let typesetter = try pdfTypesetter()
        // Transcripts (笔录) after the files: the signed scan where one was filed, else the generated one.
        let transcripts = try transcriptArchiveFiles(caseID)
        let files = try store.attachments.files(caseID) + transcripts.map(\.file)
        let binder = files.isEmpty ? nil : try ArchiveBinder.make()
        defer { binder?.remove() }
        let item = archive.set.item(archive.state.itemCode)
        let generated = Dictionary(transcripts.compactMap { entry in entry.data.map { (entry.file.sha256, $0) } }, uniquingKeysWith: { first, _ in first })
        let prepared = binder?.prepare(files, entry: { $0.isEvidence ? $0.entry : item?.material($0.entry)?.name ?? $0.entry },
                                       data: { try generated[$0] ?? self.store.attachments.data($0) }) ?? []
        archive.files = prepared.map(\.file)
        let document = archive.typeset { blocks in
            typesetter.pageCount(TypesetDocument(title: "", blocks: blocks, pageNumbers: true))
        }
        let base = try typesetter.typeset(document)
        guard let binder else { return base }
        let added = prepared.compactMap(\.file.pages).reduce(0, +)
        return TypesetOutput(data: try binder.bind(base.data, prepared), pageCount: base.pageCount + added, missingCharacters: base.missingCharacters)
    }

    /// Prints a document. The print is claimed first (deciding, in a transaction, whether it is a
    /// copy), then the PDF is made, written and sent; the claim ends as printed, or as failed so
    /// that a print that never reached paper does not turn the next one into a copy.
    func print(_ document: IssuedDocument, by actor: Actor) throws -> Outcome {
        let typesetter = try pdfTypesetter()
        let ticket = try store.documents.beginPrint(document.id, by: actor)
        let destination = setup.printer ?? setup.outputDirectory
        var path: String?
        do {
            let output = try typesetter.typeset(typesetDocument(document, copy: ticket.copy, replaced: ticket.replacedBy != nil))
            path = try write(output.data, named: fileName(document, ticket: ticket))
            let sent = send(path ?? "", output.data)
            try store.documents.finishPrint(
                ticket, succeeded: sent.succeeded, destination: destination, path: path, detail: sent.detail,
                writtenToFile: sent.file, by: actor)
            return Outcome(message: sent.message, warning: output.missingCharactersWarning, succeeded: sent.succeeded)
        } catch {
            try? store.documents.finishPrint(ticket, succeeded: false, destination: destination, path: path, detail: "\(error)", by: actor)
            throw error
        }
    }

    /// CF2026000001_penalty-decision_20_2_副本.pdf: case, type, document, which print, and the mark.
    func fileName(_ document: IssuedDocument, ticket: PrintTicket) -> String {
        let mark = ticket.replacedBy != nil ? "_" + DocumentPhrases.replacedMark.template(.zh) : ticket.copy ? "_" + Self.copyMark : ""
        return "\(document.caseID)_\(document.type)_\(document.id)_\(ticket.sequence)\(mark).pdf"
    }

    func printArchive(_ caseID: String, by actor: Actor) throws -> Outcome {
        let output = try archivePDF(caseID)
        let path = try write(output.data, named: freeName("\(caseID)_archive", in: setup.outputDirectory))
        let sent = send(path, output.data)
        if sent.succeeded {
            try store.documents.recordArchivePrint(
                caseID, destination: setup.printer ?? path, writtenToFile: sent.file, by: actor)
        }
        return Outcome(message: sent.message, warning: output.missingCharactersWarning, succeeded: sent.succeeded)
    }

    /// CF…_archive.pdf, or CF…_archive_2.pdf when that exists: an earlier print is never overwritten.
    func freeName(_ stem: String, in directory: String) -> String {
        var name = stem + ".pdf"
        var counter = 1
        while FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name)) {
            counter += 1
            name = "\(stem)_\(counter).pdf"
        }
        return name
    }

    /// Writes a printout into the output folder (made 0700), as a new 0600 file: an earlier
    /// printout of the same name (from a database made again) is kept and the new one numbered.
    func write(_ data: Data, named name: String, in folder: String? = nil) throws -> String {
        let folder = folder ?? setup.outputDirectory
        var path = (folder as NSString).appendingPathComponent(name)
        do {
            // As the caller (`Privilege.asUser`): a printout is theirs, never the setgid group's.
            try Privilege.asUser {
                try OutputFile.makeDirectory(folder)
                do {
                    try OutputFile.create(data, at: path, replacing: false)
                } catch let error as POSIXError where error.code == .EEXIST {
                    path = (folder as NSString).appendingPathComponent(
                        freeName((name as NSString).deletingPathExtension, in: folder))
                    try OutputFile.create(data, at: path, replacing: false)
                }
            }
        } catch {
            throw DocumentError(DocumentPhrases.outputUnwritable(path, DocFiles.reason(error)))
        }
        return path
    }

    /// Sends a written PDF to the printer. With no printer, or when `lp` fails, the document is
    /// written as a file into the user's outbox folder to be printed elsewhere, and said to be
    /// so (`file`): the audit trail records it as written to that file, not as printed. Only when
    /// even that cannot be written does the print fail.
    func send(_ path: String, _ data: Data) -> (message: Message, succeeded: Bool, detail: String?, file: String?) {
        var failure: String?
        var noLp = false
        if let printer = setup.printer {
            if ProcessRunner.locate("lp") == nil {
                // CUPS's client is not installed: as good as no printer, and said so.
                noLp = true
                failure = "lp: not found"
            } else {
                do {
                    let result = try ProcessRunner.run("lp", ["-d", printer, path])
                    if result.status == 0 { return (DocumentPhrases.printed(printer, path), true, nil, nil) }
                    let complaint = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
                    failure = complaint.isEmpty ? "lp: exit \(result.status)" : complaint
                } catch {
                    failure = "lp: \(error)"
                }
            }
        }
        let file: String
        if let outbox = setup.outbox, !outbox.isEmpty,
            let copied = try? write(data, named: (path as NSString).lastPathComponent, in: outbox)
        {
            file = copied
        } else if failure == nil {
            // No outbox folder to write to: the printout in the output folder is the file.
            file = path
        } else {
            return (DocumentPhrases.printFailed(failure ?? "lp", path), false, failure, nil)
        }
        let message =
            noLp
            ? DeskThirdPhrases.noLpWrittenToFile(file)
            : failure.map { DeskThirdPhrases.printFailedWrittenToFile($0, file) }
                ?? DeskThirdPhrases.noPrinterWrittenToFile(file)
        return (message, true, failure, file)
    }
}
