import Foundation
import Localization
import Storage
#if canImport(Glibc)
import Glibc
#endif

/// Where the audit chain's anchors go and are read back from: an append-only log file (on an
/// installed system `/var/log/powerdesk/anchors.log`, written by root's daily job and by `backup`,
/// outside anything the database's group may write) and the system journal (`logger`, read back
/// with `journalctl`), which root alone can rewrite.
enum AnchorLog {
    static let journalTag = "powerdesk-audit"

    /// The configured log file.
    static var configuredPath: String? { SiteConfiguration.current.value("anchors").value }

    /// Appends one line and syncs it: an anchor that may be lost in a power cut anchors nothing.
    static func append(_ anchor: AuditAnchor, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let bytes = Array((anchor.line + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Sends the anchor to the system journal; false where there is none to take it.
    static func journal(_ anchor: AuditAnchor) -> Bool {
        guard FileManager.default.fileExists(atPath: "/dev/log") || FileManager.default.fileExists(atPath: "/run/systemd/journal/socket"),
              let result = try? ProcessRunner.run("/usr/bin/logger", ["-t", journalTag, anchor.line])
        else { return false }
        return result.status == 0
    }

    /// Every anchor in a log file; other lines are passed over.
    static func read(_ path: String) -> [AuditAnchor] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { AuditAnchor(line: String($0)) }
    }

    /// Every anchor the system journal holds; none where there is no journal.
    static func fromJournal() -> [AuditAnchor] {
        guard FileManager.default.fileExists(atPath: "/run/systemd/journal/socket"),
              let result = try? ProcessRunner.run("/usr/bin/journalctl", ["-t", journalTag, "-o", "cat", "--no-pager", "-q"]), result.status == 0
        else { return [] }
        return result.standardOutput.split(separator: "\n").compactMap { AuditAnchor(line: String($0)) }
    }
}
