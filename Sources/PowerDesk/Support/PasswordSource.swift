import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Localization

/// Where a password comes from without being typed on the command line (where `ps` shows it):
/// a file given with `--password-file`, or `$POWERDESK_PASSWORD`.
enum PasswordSource {
    /// No password file is longer; reading stops here, so `--password-file /dev/zero` is refused
    /// at once instead of filling memory.
    static let maximumFileSize = 4096

    static func read(file: String?, language: Language) throws -> String {
        if let file {
            // Read through a descriptor, so a pipe (`--password-file <(pass show desk)`) works too;
            // opened with the caller's own rights, so the group's privilege opens no file the
            // caller could not.
            guard let data = (try? Privilege.asUser { readBounded(file) }) ?? nil else {
                Console.err(CommandPhrases.passwordFileUnreadable(file).text(language))
                throw CommandFailure.usage
            }
            guard data.count <= maximumFileSize else {
                Console.err(CommandPhrases.passwordFileTooLarge(file, maximumFileSize).text(language))
                throw CommandFailure.usage
            }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        if let value = ProcessInfo.processInfo.environment["POWERDESK_PASSWORD"], !value.isEmpty { return value }
        Console.err(CommandPhrases.passwordMissing().text(language))
        throw CommandFailure.usage
    }

    /// At most one byte more than the limit (enough to know it was exceeded), or nil when the
    /// file cannot be opened or read.
    static func readBounded(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: maximumFileSize + 1)
        while data.count <= maximumFileSize {
            let wanted = maximumFileSize + 1 - data.count
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }
}
