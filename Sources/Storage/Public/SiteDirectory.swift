import Foundation
import Localization

/// The publishing directory on disk. Per-case status pages and listing pages are replaced one
/// file at a time (written under a temporary name, then renamed over the old one, so a reader
/// sees the old page or the new one, never half); the small set of catalogue and index pages is
/// written as a new generation directory and `current` is swapped to it by renaming a symlink.
/// One run at a time: an exclusive lock on `.lock`.
struct SiteDirectory {
    let root: URL
    /// `root` as a path, made once: a whole run names a million files under it.
    let rootPath: String
    private let lockDescriptor: Int32

    static let current = "current"

    /// Opens (creating if need be) the directory and takes the lock; refuses when another run holds it.
    init(_ path: String) throws {
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        rootPath = root.path
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw StorageError(PublicPhrases.outNotDirectory(path, error.localizedDescription))
        }
        let descriptor = open(root.appendingPathComponent(".lock").path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StorageError(PublicPhrases.outNotDirectory(path, String(cString: strerror(errno)))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw StorageError(PublicPhrases.outLocked(path))
        }
        lockDescriptor = descriptor
    }

    func unlock() {
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    /// Writes `data` at `relative` under `base` by temporary name and rename; false when the file
    /// already held exactly these bytes (nothing written). Plain `open`/`write`/`rename` on paths:
    /// a whole run writes a million files, and URL and `Data.write` bookkeeping cost more than the writing.
    @discardableResult
    func replace(_ relative: String, with data: Data, under base: URL? = nil, skipIfSame: Bool = false) throws -> Bool {
        let path = (base?.path ?? rootPath) + "/" + relative
        if skipIfSame, let old = FileManager.default.contents(atPath: path), old == data { return false }
        guard let slash = path.lastIndex(of: "/") else { throw StorageError(PublicPhrases.outNotDirectory(path, "")) }
        let folder = String(path[..<slash])
        let temporary = folder + "/." + String(path[path.index(after: slash)...]) + ".tmp"
        if !Self.put(data, at: temporary) {
            // The folder is made the first time a file goes into it, not checked for every file.
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard Self.put(data, at: temporary) else {
                throw StorageError(PublicPhrases.outNotDirectory(path, String(cString: strerror(errno))))
            }
        }
        guard rename(temporary, path) == 0 else {
            throw StorageError(PublicPhrases.outNotDirectory(path, String(cString: strerror(errno))))
        }
        return true
    }

    /// The whole of `data` into a new or truncated file (mode 0666 less the umask, as `Data.write`).
    static func put(_ data: Data, at path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        let written = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let n = write(descriptor, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        return close(descriptor) == 0 && written
    }

    /// Removes a file if it is there; true when one was removed.
    func remove(_ relative: String) -> Bool {
        unlink(rootPath + "/" + relative) == 0
    }

    func generationURL(_ number: Int) -> URL { root.appendingPathComponent("gen-\(number)", isDirectory: true) }

    /// Points `current` at generation `number` in one rename, then removes generations older than
    /// the one it replaced (a reader may still be inside that one for a moment).
    func swap(to number: Int) throws {
        let link = root.appendingPathComponent(".current.tmp").path
        unlink(link)
        guard symlink("gen-\(number)", link) == 0, rename(link, root.appendingPathComponent(Self.current).path) == 0 else {
            throw StorageError(PublicPhrases.outNotDirectory(root.path, String(cString: strerror(errno))))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names where name.hasPrefix("gen-") {
            if let n = Int(name.dropFirst(4)), n < number - 1 {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
            }
        }
    }
}
