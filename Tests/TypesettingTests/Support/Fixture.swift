import Foundation
import Testing
@testable import Typesetting

/// The installed Chinese font, loaded once for all tests (loading is what is being shared in
/// production too), plus temp files and the poppler tools that read our PDFs back.
enum Fixture {
    static let umingPath = "/usr/share/fonts/truetype/arphic/uming.ttc"

    static let loaded: Result<TrueTypeFont, Error> = Result { try TrueTypeFont.load(path: umingPath) }

    static func font() throws -> TrueTypeFont {
        try loaded.get()
    }

    static func typesetter() throws -> PDFTypesetter {
        PDFTypesetter(font: try font())
    }

    /// A fresh directory under the system temp directory.
    static func temporaryDirectory(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("typesetting-tests-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ data: Data, name: String = "out.pdf", test: String = #function) throws -> URL {
        let url = try temporaryDirectory(test).appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// A fixed, emptied directory for output a person is meant to look at, e.g.
    /// /tmp/powerdesk-typesetting-samples/decision; each run replaces the last one's files.
    static func sampleDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("powerdesk-typesetting-samples").appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Deletes what `write` or `temporaryDirectory` made: the file's own directory, or the directory.
    static func remove(_ url: URL) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        let directory = isDirectory.boolValue ? url : url.deletingLastPathComponent()
        guard directory.lastPathComponent.hasPrefix("typesetting-tests-") else { return }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a tool found on PATH and returns its standard output.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(tool: tool, status: process.terminationStatus, errors: errorText)
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var tool: String
        var status: Int32
        var errors: String
        var description: String { "\(tool) exited \(status): \(errors)" }
    }

    /// Text of the whole PDF, or of one page, as pdftotext gives it.
    static func text(of url: URL, page: Int? = nil, layout: Bool = false) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if layout { arguments.append("-layout") }
        if let page { arguments += ["-f", "\(page)", "-l", "\(page)"] }
        return try run("pdftotext", arguments + [url.path, "-"])
    }

    static func withoutWhitespace(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    /// pdfinfo's "Key: value" lines as a dictionary.
    static func info(of url: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try run("pdfinfo", [url.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}
