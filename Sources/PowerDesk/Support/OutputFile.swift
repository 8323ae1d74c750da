import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new file written whole or not at all, readable by its owner only: documents and printouts
/// hold parties' identity numbers and addresses, so they are created 0600, never with the umask's
/// world-readable default.
///
/// The bytes go to a hidden temporary file beside the target, are flushed to disk, then appear
/// under the target's name in one step: with `link(2)` when an existing file must not be
/// replaced (so a file that appeared meanwhile is still never overwritten), with `rename(2)` when
/// it may. The directory is flushed too, so the new name survives a power cut.
enum OutputFile {
    static func create(_ data: Data, at path: String, replacing: Bool) throws {
        let directory = directoryOf(path)
        let temporary = (directory as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw currentError() }
        do {
            defer { close(descriptor) }
            try writeAll(data, to: descriptor)
            guard fsync(descriptor) == 0 else { throw currentError() }
        } catch {
            unlink(temporary)
            throw error
        }
        if replacing {
            guard rename(temporary, path) == 0 else {
                let error = currentError()
                unlink(temporary)
                throw error
            }
        } else {
            let linked = link(temporary, path)
            let error = currentError()
            unlink(temporary)
            guard linked == 0 else { throw error }
        }
        syncDirectory(directory)
    }

    /// A directory for output, made 0700 when it does not exist yet (with any missing parents).
    static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    static func writeAll(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw currentError()
                }
                offset += written
            }
        }
    }

    /// Flushes a directory's entries, so a rename or link in it is durable.
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func directoryOf(_ path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    static func currentError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
