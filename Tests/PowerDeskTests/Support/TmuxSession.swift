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

    /// Set once the server is gone, so a second `kill` does nothing.
    private var killed = false

    /// Ends the tmux server and the desk inside it. Every test calls it in a `defer` as soon as
    /// the session exists: `deinit` does not run for every session before the test process
    /// exits, and each run used to leave servers behind.
    func kill() {
        guard !killed else { return }
        killed = true
        let serverPID = (try? tmux(["display-message", "-p", "-t", name, "#{pid}"]))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        _ = try? tmux(["kill-server"], capture: false)
        // A server that is still there a moment later is ended by its own process id.
        let deadline = Date().addingTimeInterval(2)
        while isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if isRunning, let serverPID, serverPID > 1 { Glibc.kill(serverPID, SIGKILL) }
    }

    /// Whether the server still answers (a test proves `kill` ended it).
    var isRunning: Bool {
        (try? tmux(["list-sessions", "-F", "#{session_name}"]))?.contains(name) ?? false
    }

    deinit { kill() }

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
        // The test runner blocks signals, and a spawned child inherits the mask: a tmux server
        // started with SIGTERM blocked ignores `kill-server` (it signals itself), and the desk
        // inside it never ended. Each child starts with no signal blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGTERM, SIGHUP, SIGINT, SIGPIPE, SIGCHLD, SIGWINCH] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, cArguments, environ)
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

    /// Pastes text as a terminal does, bracketed when the program asked for it (`paste-buffer -p`);
    /// tmux turns each line break into a carriage return, as a real paste sends it.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "test-paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "test-paste", "-t", name])
    }

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

    /// Polls the screen until `text` is gone (a program that quit, a dialog that closed).
    func waitForAbsence(of text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\"\(text)\" did not go away; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout(text: text)
    }

    struct TmuxTimeout: Error {
        let text: String
    }
}
