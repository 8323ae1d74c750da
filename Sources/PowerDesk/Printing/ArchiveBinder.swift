import Documents
import Foundation
import Localization
import Storage

/// Binds a case's files after its archive's own pages (issue 18, R7) with Debian's tools, not a
/// PDF parser of our own: `qpdf` counts a PDF's pages (which also proves it can be read) and
/// appends them, `img2pdf` makes each JPEG, PNG or TIFF one A4 page, scaled to fit inside a 1 cm
/// margin, without re-encoding it. A file that cannot be included is listed in the archive with
/// its SHA-256 and why. Works in a private temporary folder, removed by `remove()`.
struct ArchiveBinder {
    static let qpdf = "qpdf"
    static let img2pdf = "img2pdf"

    let directory: URL

    /// A file ready for binding: how the archive lists it, and its pages as a PDF when it has any.
    struct Prepared {
        let file: ArchivedFile
        let pdf: String?
    }

    static func make() throws -> ArchiveBinder {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return ArchiveBinder(directory: directory)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Each file as pages, in the order given; `entry` names what it is filed under.
    func prepare(_ files: [AttachedFile], entry: (AttachedFile) -> String, data: (String) throws -> Data?) -> [Prepared] {
        files.enumerated().map { index, file in
            let label = entry(file)
            let listed = { (pages: Int?, problem: Message?) in
                ArchivedFile(name: file.name, entry: label, kind: file.kind?.label ?? "?", size: file.size, sha256: file.sha256,
                             pages: pages, problem: problem?.text(.zh))
            }
            guard let content = try? data(file.sha256) else { return Prepared(file: listed(nil, RetentionPhrases.fileMissing()), pdf: nil) }
            let outcome = pages(of: content, kind: file.kind, name: "\(index + 1)")
            switch outcome {
            case let .success((pdf, count)): return Prepared(file: listed(count, nil), pdf: pdf)
            case let .failure(problem): return Prepared(file: listed(nil, problem.message), pdf: nil)
            }
        }
    }

    /// The base PDF with every prepared file's pages after it, in order.
    func bind(_ base: Data, _ prepared: [Prepared]) throws -> Data {
        let pdfs = prepared.compactMap(\.pdf)
        guard !pdfs.isEmpty else { return base }
        let basePath = directory.appendingPathComponent("archive.pdf").path
        let output = directory.appendingPathComponent("bound.pdf").path
        guard FileManager.default.createFile(atPath: basePath, contents: base) else { throw DocumentError(RetentionPhrases.fileUnreadable(basePath)) }
        // "." is the primary input: the archive keeps its own document information (title).
        let result = try ProcessRunner.run(Self.qpdf, ["--warning-exit-0", basePath, "--pages", "."] + pdfs + ["--", output])
        guard result.status == 0, let bound = FileManager.default.contents(atPath: output) else {
            throw DocumentError(RetentionPhrases.fileUnreadable(reason(result.standardError)))
        }
        return bound
    }

    /// A file as a PDF of its own and its page count, or why it cannot be one.
    func pages(of content: Data, kind: FileKind?, name: String) -> Result<(String, Int), DocumentError> {
        let source = directory.appendingPathComponent("\(name).source").path
        let pdf = directory.appendingPathComponent("\(name).pdf").path
        switch kind {
        case .pdf?:
            guard FileManager.default.createFile(atPath: pdf, contents: content) else { return .failure(DocumentError(RetentionPhrases.fileUnreadable(name))) }
        case .jpeg?, .png?, .tiff?:
            guard ProcessRunner.locate(Self.img2pdf) != nil else { return .failure(DocumentError(RetentionPhrases.fileToolMissing(Self.img2pdf, "img2pdf"))) }
            guard FileManager.default.createFile(atPath: source, contents: content) else { return .failure(DocumentError(RetentionPhrases.fileUnreadable(name))) }
            guard let converted = try? ProcessRunner.run(Self.img2pdf, ["--pagesize", "A4", "--fit", "into", "--border", "1cm", "--auto-orient", "-o", pdf, source]),
                  converted.status == 0
            else {
                let complaint = (try? ProcessRunner.run(Self.img2pdf, ["--pagesize", "A4", "-o", "/dev/null", source]).standardError) ?? ""
                return .failure(DocumentError(RetentionPhrases.fileUnreadable(reason(complaint))))
            }
        default:
            return .failure(DocumentError(RetentionPhrases.fileKindNotPrintable(kind?.label ?? "?")))
        }
        guard ProcessRunner.locate(Self.qpdf) != nil else { return .failure(DocumentError(RetentionPhrases.fileToolMissing(Self.qpdf, "qpdf"))) }
        guard let counted = try? ProcessRunner.run(Self.qpdf, ["--warning-exit-0", "--show-npages", pdf]), counted.status == 0,
              let count = Int(counted.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)), count > 0
        else {
            let complaint = (try? ProcessRunner.run(Self.qpdf, ["--check", pdf]).standardError) ?? ""
            return .failure(DocumentError(RetentionPhrases.fileUnreadable(reason(complaint))))
        }
        return .success((pdf, count))
    }

    /// A tool's complaint without the temporary folder's name.
    func reason(_ text: String) -> String {
        Self.firstLine(text).replacingOccurrences(of: directory.path + "/", with: "")
    }

    /// The last line a tool wrote that says something (its error), without our folder's name.
    static func firstLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return String((lines.last ?? "?").prefix(160))
    }
}
