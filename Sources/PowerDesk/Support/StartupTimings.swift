import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// With `POWERDESK_TIMINGS` set, a command writes to standard error the moment (system-wide
/// monotonic clock, nanoseconds) it passes each milestone of its start: the benchmark that
/// launches it can then tell start-up from signing in (scrypt is meant to be slow) and from the
/// first operation. Off by default, and it prints nothing else.
enum StartupTimings {
    static let enabled = ProcessInfo.processInfo.environment["POWERDESK_TIMINGS"] != nil

    static func mark(_ milestone: String) {
        guard enabled else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        FileHandle.standardError.write(Data("powerdesk-timing \(milestone) \(Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))\n".utf8))
    }
}
