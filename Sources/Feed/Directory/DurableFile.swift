import Foundation
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// Writing a file so that it is either absent or whole at its name: written under a temporary
/// name, flushed to disk, renamed, and the directory flushed so the rename itself survives a
/// power cut.
enum DurableFile {
    static func write(_ bytes: [UInt8], to name: String, in directory: String) throws {
        let temporary = "\(directory)/.\(name).tmp"
        let final = "\(directory)/\(name)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw failure(errno, directory) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                Glibc.close(descriptor)
                unlink(temporary)
                throw failure(code, directory)
            }
            written += count
        }
        if fsync(descriptor) != 0 {
            let code = errno
            Glibc.close(descriptor)
            unlink(temporary)
            throw failure(code, directory)
        }
        Glibc.close(descriptor)
        guard rename(temporary, final) == 0 else { throw failure(errno, directory) }
        try syncDirectory(directory)
    }

    static func syncDirectory(_ directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno, directory) }
        defer { Glibc.close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(errno, directory) }
    }

    /// A full disk is said as such; anything else with the system's own words.
    static func failure(_ code: Int32, _ directory: String) -> FeedError {
        if code == ENOSPC || code == EDQUOT { return FeedError(FeedPhrases.directoryFull(directory)) }
        return FeedError(FeedPhrases.directoryFailed(directory, String(cString: strerror(code))))
    }
}
