import Foundation

/// Where printed documents go: the printer (`POWERDESK_PRINTER`, else CUPS's default destination
/// as `lpstat -d` names it) and the folder every printed PDF is also written to
/// (`POWERDESK_OUTPUT`, else ~/powerdesk-printouts), so a document is never only on paper.
struct PrinterSetup: Sendable {
    let printer: String?
    let outputDirectory: String

    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PrinterSetup {
        let home = environment["HOME"] ?? NSTemporaryDirectory()
        let directory = environment["POWERDESK_OUTPUT"].flatMap { $0.isEmpty ? nil : $0 } ?? (home as NSString).appendingPathComponent("powerdesk-printouts")
        let printer = environment["POWERDESK_PRINTER"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultDestination()
        return PrinterSetup(printer: printer, outputDirectory: directory)
    }

    /// "system default destination: office" → "office"; nil when CUPS is absent or has none.
    static func defaultDestination() -> String? {
        guard let output = try? ProcessRunner.run("lpstat", ["-d"]), output.status == 0 else { return nil }
        return parseDefaultDestination(output.standardOutput)
    }

    static func parseDefaultDestination(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.hasPrefix("system default destination") else { return nil }
        let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }
}
