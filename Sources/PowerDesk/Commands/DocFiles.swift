import Documents
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Localization
import Storage
import Typesetting

/// Writing an output file the user named: `-` is standard output; a regular file is written
/// atomically (a failed write leaves no half file) and created 0600; a device or pipe is written
/// through and every write error is reported. The database and its WAL and shared-memory files
/// are never written, and an existing file is replaced only with `force`. The message says what
/// went wrong in the reader's words.
enum DocFiles {
    /// A report typeset as PDF and written for the user (`-` for standard output), with the
    /// characters no font could show named on standard error.
    static func writePDF(_ document: TypesetDocument, store: PowerDeskStore, to path: String, database: String, force: Bool, language: Language) throws {
        let made = try DocumentPrinter(store: store).pdfTypesetter().typeset(document)
        made.missingCharactersWarning.map { Console.err($0.text(language)) }
        try Privilege.asUser { try DocFiles.write(made.data, to: path, database: database, force: force) }
        if path != "-" { Console.out(CommandPhrases.docWritten(path, made.data.count).text(language)) }
    }

    static func write(_ data: Data, to path: String, database: String, force: Bool) throws {
        if path != "-", DatabaseFiles.isPart(path, of: database) {
            throw CommandPhrases.outputIsDatabase(path)
        }
        do {
            if path == "-" {
                try FileHandle.standardOutput.write(contentsOf: data)
                return
            }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue { throw POSIXError(.EISDIR) }
            // Foundation reports a missing or non-folder parent only as a generic write error.
            var parentIsDirectory: ObjCBool = false
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsDirectory) || !parentIsDirectory.boolValue {
                throw POSIXError(.ENOENT)
            }
            // stat(2) rather than FileManager, which reports /dev/full as a regular file.
            var info = stat()
            if exists, stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                try writeThrough(data, to: path)
                return
            }
            if exists, !force { throw CommandPhrases.outputExists(path) }
            do {
                try OutputFile.create(data, at: path, replacing: force)
            } catch let error as POSIXError where error.code == .EEXIST {
                throw CommandPhrases.outputExists(path)
            }
        } catch let refusal as Message {
            throw refusal
        } catch {
            throw DocumentError(DocumentPhrases.outputUnwritable(path, reason(error)))
        }
    }

    /// Writes to a device or pipe with write(2), so that a short or failed write (a full disk,
    /// /dev/full) is an error rather than a silent loss.
    static func writeThrough(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// The cause in words: the common ones named, anything else by its system code.
    static func reason(_ error: Error) -> Message {
        if let posixError = error as? POSIXError { return reason(posixCode: Int(posixError.code.rawValue), cocoa: nil, fallback: "\(posixError.code.rawValue)") }
        let nsError = error as NSError
        let posix = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
            ?? (nsError.domain == NSPOSIXErrorDomain ? nsError.code : nil)
        return reason(posixCode: posix, cocoa: (error as? CocoaError)?.code, fallback: "\(nsError.domain) \(posix ?? nsError.code)")
    }

    static func reason(posixCode posix: Int?, cocoa: CocoaError.Code?, fallback: String) -> Message {
        switch (posix, cocoa) {
        case (Int(ENOSPC)?, _), (_, .fileWriteOutOfSpace?): return DocumentPhrases.causeNoSpace()
        case (Int(EACCES)?, _), (Int(EPERM)?, _), (Int(EROFS)?, _), (_, .fileWriteNoPermission?), (_, .fileWriteVolumeReadOnly?):
            return DocumentPhrases.causeNoPermission()
        case (Int(ENOENT)?, _), (Int(ENOTDIR)?, _), (_, .fileNoSuchFile?), (_, .fileWriteInvalidFileName?):
            return DocumentPhrases.causeNoFolder()
        case (Int(EISDIR)?, _): return DocumentPhrases.causeIsFolder()
        default: return DocumentPhrases.causeOther(fallback)
        }
    }
}
