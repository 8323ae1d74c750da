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

    func pdfTypesetter() throws -> PDFTypesetter {
        if let typesetter { return typesetter }
        let made = PDFTypesetter(font: try TrueTypeFont.locate())
        typesetter = made
        return made
    }

    static var copyMark: String { DocumentPhrases.copyMark.template(.zh) }

    func typesetDocument(_ document: IssuedDocument, copy: Bool) -> TypesetDocument {
        TypesetDocument(title: "\(document.name) \(document.number ?? "")", blocks: DocumentLayout.blocks(document.body ?? ""),
                        copyMark: copy ? Self.copyMark : nil, pageNumbers: true, creationDate: document.issuedAt)
    }

    func pdf(_ document: IssuedDocument, copy: Bool) throws -> Data {
        try pdfTypesetter().render(typesetDocument(document, copy: copy))
    }

    func text(_ document: IssuedDocument, copy: Bool) -> String {
        DocumentLayout.plainText(document.body ?? "", copyMark: copy ? Self.copyMark : nil)
    }

    func archivePDF(_ caseID: String) throws -> Data {
        let archive = try store.documents.archive(caseID)
        let typesetter = try pdfTypesetter()
        let document = archive.typeset { blocks in
            typesetter.pageCount(TypesetDocument(title: "", blocks: blocks, pageNumbers: true))
        }
        return try typesetter.render(document)
    }

    /// Prints a document. The PDF is made and written first (a file with no log entry is harmless),
    /// then the print is logged, which decides whether it is a copy, then it goes to the printer:
    /// nothing reaches paper without its log entry. Another desk printing the same document at
    /// the same moment can make this one a copy after all; it is then made again with the mark.
    func print(_ document: IssuedDocument, by actor: Actor) throws -> Message {
        let typesetter = try pdfTypesetter()
        let expectCopy = document.prints > 0
        var path = try write(try typesetter.render(typesetDocument(document, copy: expectCopy)), named: fileName(document, copy: expectCopy))
        let copy = try store.documents.recordPrint(document.id, destination: setup.printer ?? setup.outputDirectory, by: actor)
        if copy != expectCopy {
            try? FileManager.default.removeItem(atPath: path)
            path = try write(try typesetter.render(typesetDocument(document, copy: copy)), named: fileName(document, copy: copy))
        }
        return send(path)
    }

    func fileName(_ document: IssuedDocument, copy: Bool) -> String {
        "\(document.caseID)_\(document.type)_\(document.id)\(copy ? "_" + Self.copyMark : "").pdf"
    }

    func printArchive(_ caseID: String, by actor: Actor) throws -> Message {
        let path = try write(try archivePDF(caseID), named: "\(caseID)_archive.pdf")
        try store.documents.recordArchivePrint(caseID, destination: setup.printer ?? setup.outputDirectory, by: actor)
        return send(path)
    }

    func write(_ data: Data, named name: String) throws -> String {
        let path = (setup.outputDirectory as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: setup.outputDirectory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DocumentError(DocumentPhrases.outputUnwritable(path, error.localizedDescription))
        }
        return path
    }

    func send(_ path: String) -> Message {
        guard let printer = setup.printer else { return DocumentPhrases.written(path) }
        do {
            let result = try ProcessRunner.run("lp", ["-d", printer, path])
            guard result.status == 0 else {
                return DocumentPhrases.printFailed(result.standardError.trimmingCharacters(in: .whitespacesAndNewlines), path)
            }
            return DocumentPhrases.printed(printer, path)
        } catch {
            return DocumentPhrases.printFailed("lp: \(error.localizedDescription)", path)
        }
    }
}
