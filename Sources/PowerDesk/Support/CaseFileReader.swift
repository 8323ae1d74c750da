import Foundation
import Localization
import Storage

/// Reads a file an officer files into a case: only from the allowed folders (the drop folder, the
/// home, /tmp, or what the configuration names), only a regular file, never more than the limit,
/// with the caller's own rights (the setgid binary must not file what only its group can read),
/// and refused when it changed while being read (a scanner or `rz` still writing it).
enum CaseFileReader {
    /// Size and modification time, compared before and after reading.
    struct Snapshot: Equatable {
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt64
    }

    static func read(_ path: String, limit: Int, allowed: [String]) throws -> (data: Data, resolved: String) {
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let roots = allowed.filter { !$0.isEmpty }.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        guard roots.contains(where: { isInside(resolved, $0) }) else {
            throw CaseFilePhrases.outsideAllowed(path, roots.joined(separator: "、"))
        }
        return try Privilege.asUser {
            let descriptor = open(resolved, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else {
                if errno == ENOENT { throw CaseFilePhrases.fileMissing(path) }
                throw CaseFilePhrases.unreadable(path, String(cString: strerror(errno)))
            }
            defer { close(descriptor) }
            let before = try snapshot(descriptor, path: path)
            if before.size > Int64(limit) { throw StorageError(StoragePhrases.attachmentTooLarge(before.size, limit)) }
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CaseFilePhrases.unreadable(path, String(cString: strerror(errno)))
                }
                if count == 0 { break }
                data.append(contentsOf: buffer[0..<count])
                if data.count > limit { throw StorageError(StoragePhrases.attachmentTooLarge(data.count, limit)) }
            }
            let after = try snapshot(descriptor, path: path)
            guard unchanged(before, after, read: data.count) else { throw CaseFilePhrases.changedWhileReading(path) }
            return (data, resolved)
        }
    }

    /// The file read is the file as it was before: same size, time and inode, every byte read.
    static func unchanged(_ before: Snapshot, _ after: Snapshot, read: Int) -> Bool {
        before == after && Int64(read) == after.size
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func snapshot(_ descriptor: Int32, path: String) throws -> Snapshot {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw CaseFilePhrases.unreadable(path, String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw CaseFilePhrases.notRegularFile(path) }
        return Snapshot(size: Int64(status.st_size), seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec, inode: UInt64(status.st_ino))
    }
}
