import Foundation

/// Where the command line writes: results to standard output, problems to standard error. Every
/// line passes through `TerminalText.sanitize`, because much of it quotes definition files and
/// user input.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((TerminalText.sanitize(line, keepNewlines: true) + "\n").utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.sanitize(line, keepNewlines: true) + "\n").utf8))
    }
}
