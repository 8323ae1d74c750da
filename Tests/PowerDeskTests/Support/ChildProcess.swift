import Foundation

/// A started child process whose output is drained by threads of its own as it arrives, so a test
/// can react to each acknowledged line (send the next one, or kill the child) and a child writing a
/// lot never blocks on a full pipe. Waits are bounded: a child that hangs is killed, not waited on.
final class ChildProcess: @unchecked Sendable {
    /// How the child ended and everything it wrote.
    struct Outcome: Sendable {
        let status: Int32
        let reason: Process.TerminationReason
        let out: String
        let err: String
        /// True when the harness had to kill a child that outlived its deadline.
        let timedOut: Bool

        /// The complete lines of standard output; a line cut off by a kill has no newline and is left out.
        var lines: [String] {
            var lines = out.components(separatedBy: "\n")
            lines.removeLast()
            return lines
        }

        /// Exited by itself (not by a signal), with the given code.
        func exited(_ code: Int32) -> Bool { reason == .exit && status == code }
    }

    private let process = Process()
    private let input: FileHandle
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var outData = Data()
    private var errData = Data()
    private var completeLines: [String] = []
    private var scanned = 0
    private var openStreams = 2
    private var outputClosed = false
    private var killedForTimeout = false

    /// Writing to a child that was killed must fail with EPIPE, not end the test process.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    init(executable: URL, arguments: [String], environment: [String: String], directory: URL) throws {
        Self.ignoreBrokenPipes
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        input = stdin.fileHandleForWriting
        drain(stdout.fileHandleForReading, isOutput: true)
        drain(stderr.fileHandleForReading, isOutput: false)
    }

    /// Writes one line to the child's standard input. Throws if the child is gone.
    func send(_ line: String) throws {
        try write(line + "\n")
    }

    func write(_ text: String) throws {
        try input.write(contentsOf: Data(text.utf8))
    }

    func closeInput() {
        try? input.close()
    }

    /// The `index`-th complete line of standard output (from 0), waiting for it until `timeout`;
    /// nil when the child closed its output first or the time ran out.
    func line(_ index: Int, timeout: TimeInterval) -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while completeLines.count <= index, !outputClosed {
            if !condition.wait(until: deadline) { break }
        }
        return index < completeLines.count ? completeLines[index] : nil
    }

    /// SIGKILL, as a power cut or `kill -9` would end it.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Closes standard input, then waits for the child to end and its output to close. A child
    /// still running at `timeout` is killed and the outcome says so.
    func finish(timeout: TimeInterval = 60) -> Outcome {
        closeInput()
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        while openStreams > 0 {
            if !condition.wait(until: deadline) {
                killedForTimeout = true
                condition.unlock()
                kill()
                condition.lock()
                while openStreams > 0 { condition.wait() }
            }
        }
        let out = String(decoding: outData, as: UTF8.self), err = String(decoding: errData, as: UTF8.self)
        let timedOut = killedForTimeout
        condition.unlock()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, reason: process.terminationReason, out: out, err: err, timedOut: timedOut)
    }

    // MARK: Draining

    /// Reads with read(2) rather than FileHandle, whose reads either wait for a full buffer or
    /// trap on an error; a chunk is whatever the child has written so far.
    private func drain(_ handle: FileHandle, isOutput: Bool) {
        Thread.detachNewThread { [self] in
            let descriptor = handle.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                condition.lock()
                if isOutput {
                    outData.append(contentsOf: buffer[0..<count])
                    collectLines()
                } else {
                    errData.append(contentsOf: buffer[0..<count])
                }
                condition.broadcast()
                condition.unlock()
            }
            try? handle.close()
            condition.lock()
            openStreams -= 1
            if isOutput { outputClosed = true }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Moves every newly completed line of `outData` into `completeLines`. Caller holds the lock.
    private func collectLines() {
        while let newline = outData[scanned...].firstIndex(of: 0x0A) {
            completeLines.append(String(decoding: outData[scanned..<newline], as: UTF8.self))
            scanned = newline + 1
        }
    }
}
