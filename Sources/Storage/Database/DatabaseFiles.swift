import Foundation
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// The files that make up one database: the main file and SQLite's `-wal` and `-shm` beside it.
/// Writing anything else over any of them destroys the database, so every command that writes a
/// file the user names checks its target here first.
public enum DatabaseFiles {
    public static let suffixes = ["", "-wal", "-shm"]

    /// Whether `path` names the database or one of its companion files: the same file on disk
    /// (through any link or spelling), or the same name in the same directory once resolved, for a
    /// companion that does not exist at this moment.
    public static func isPart(_ path: String, of database: String) -> Bool {
        let target = identity(path)
        let name = resolvedName(path)
        for suffix in suffixes {
            let candidate = database + suffix
            if let target, let other = identity(candidate), target == other { return true }
            if let name, name == resolvedName(candidate) { return true }
        }
        return false
    }

    /// Device and inode of an existing file, following links.
    static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// The path with its directory resolved (links, `..`), its last component as given.
    static func resolvedName(_ path: String) -> String? {
        let parent = (path as NSString).deletingLastPathComponent
        guard let resolved = realpath(parent.isEmpty ? "." : parent, nil) else { return nil }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }
}

extension DatabaseFiles {
    /// A hidden name beside `path` for building a database before it appears under its own name:
    /// a process killed while building leaves this, never a half-made file at `path`.
    static func temporaryPath(for path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).tmp-\(UUID().uuidString.prefix(8).lowercased())"
        return parent.isEmpty ? name : (parent as NSString).appendingPathComponent(name)
    }

    /// Makes a finished, closed database file appear at `path` in one step, durably: the file is
    /// flushed, hard-linked to its name (which fails rather than replace anything that appeared
    /// there meanwhile), the temporary name removed, and the directory flushed.
    static func publish(_ temporary: String, at path: String) throws {
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageError(StoragePhrases.readOnly(path)) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard synced == 0 else { throw StorageError(StoragePhrases.readOnly(path)) }
        for suffix in suffixes.dropFirst() { unlink(temporary + suffix) }
        guard link(temporary, path) == 0 else {
            let failure = errno
            throw StorageError(failure == EEXIST ? StoragePhrases.alreadyExists(path) : StoragePhrases.readOnly(path))
        }
        unlink(temporary)
        let parent = (path as NSString).deletingLastPathComponent
        let directory = open(parent.isEmpty ? "." : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// Removes a database and its companion files, as far as they exist.
    static func remove(_ path: String) {
        for suffix in suffixes { unlink(path + suffix) }
    }

    /// An error about the temporary file, told about the file the user named.
    static func renaming(_ error: Error, from temporary: String, to path: String) -> Error {
        guard let storage = error as? StorageError else { return error }
        return StorageError(Message(storage.message.phrase, arguments: storage.message.arguments.map { argument in
            if case let .text(text) = argument, text == temporary { return .text(path) }
            return argument
        }))
    }
}
