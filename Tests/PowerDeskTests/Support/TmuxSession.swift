import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The real binary in a real terminal: a tmux session on a private socket, keys sent with
/// `send-keys`, the screen read with `capture-pane`, and waits that poll the screen for the
/// expected text instead of sleeping a fixed time.
final class TmuxSession {
    let socket = "powerdesk-test-\(UUID().uuidString.prefix(8))"
    let name = "desk"

    init(command: [String], width: Int, height: Int, environment: [String: String]) throws {
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let line = "env LANG=C.UTF-8 TERM=xterm-256color \(exports) " + command.map(Self.quote).joined(separator: " ") + "; sleep 30"
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), line], capture: false)
    }

    deinit { try? tmux(["kill-server"], capture: false) }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command with posix_spawn and waitpid: the command that starts the server
    /// leaves a daemon behind, which Foundation's Process does not always notice the client
    /// exiting past. Output goes to a temporary file, so no pipe can be held open by the server.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = ["tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The tmux server outlives this call: it must not inherit the test process's other
        // descriptors, such as the stdin pipe of a batch child another test is feeding, or that
        // child would never see the end of its input.
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw TmuxTimeout(text: "posix_spawn tmux: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return capture ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not
    /// import; looked up at run time.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: AddCloseFrom.self)
    }

    /// Text typed as is (Chinese included).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Named keys: Enter, Tab, Down, Escape, F10, Space, BSpace...
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-t", name, "-p"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until it contains `text`; fails the test with the last screen otherwise.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\"\(text)\" did not appear; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout(text: text)
    }

    struct TmuxTimeout: Error {
        let text: String
    }
}
