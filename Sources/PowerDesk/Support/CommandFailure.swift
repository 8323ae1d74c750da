import ArgumentParser

/// Exit codes of the command line: 0 done, 1 refused or invalid, 2 usage error.
enum CommandFailure {
    static let refused = ExitCode(1)
    static let usage = ExitCode(2)
}
