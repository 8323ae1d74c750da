import Foundation

/// Runs a helper program (`lp`, `lpstat`) found on PATH, capturing its output; its standard input
/// is empty and it never touches the terminal the desk is drawing on. It is started without the
/// setgid group's privilege (`Privilege.asUser`): a program of the caller's choosing (PATH is
/// theirs) must not open the database.
enum ProcessRunner {
    struct Output {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        guard let path = locate(program) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: program])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try Privilege.asUser { try process.run() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    static func locate(_ program: String) -> String? {
        // An absolute path is used as it is (system tools the caller's PATH must not replace).
        if program.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
