import Foundation
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
