import Foundation

/// Sends a file through the terminal to the clerk's own PC with ZMODEM (lrzsz's `sz`), which the
/// terminals common in Chinese offices (Xshell, SecureCRT, MobaXterm) receive by themselves: the
/// desk runs over ssh on the server, and this needs no second connection or shared folder.
enum ZmodemSender {
    static let defaultCommand = "sz"

    /// `-b` binary, `-e` every control character escaped (ssh and terminals may swallow some),
    /// `--` so that a name beginning with "-" stays a name.
    static func arguments(_ path: String) -> [String] { ["-b", "-e", "--", path] }

    /// Whether `command` can be run: an executable path, or a name found on `PATH`.
    static func isAvailable(_ command: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> Bool {
        if command.contains("/") { return FileManager.default.isExecutableFile(atPath: command) }
        return (path ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
    }

    /// Sends `file`; the sender's exit status (0 when the terminal took the file), -1 when it
    /// could not be started.
    static func send(_ file: String, command: String) -> Int32 {
        TerminalChild.run([command] + arguments(file))
    }
}
