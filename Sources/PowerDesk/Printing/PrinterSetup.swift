import Foundation

/// Where printed documents go: the printer (`POWERDESK_PRINTER`, else CUPS's default destination
/// as `lpstat -d` names it) and the folder every printed PDF is also written to
/// (`POWERDESK_OUTPUT`, else ~/powerdesk-printouts), so a document is never only on paper; and
/// the user's outbox folder (`outbox`, `POWERDESK_OUTBOX`), where a document goes as a file to
/// print elsewhere when there is no printer or `lp` fails.
struct PrinterSetup: Sendable {
    let printer: String?
    let outputDirectory: String
    var outbox: String? = nil

    /// From the configuration in effect: file, then `POWERDESK_PRINTER` / `POWERDESK_OUTPUT`.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PrinterSetup {
        let configuration = SiteConfiguration.load(environment: environment, elevated: Privilege.isElevated, executable: Privilege.executablePath)
        let directory = configuration.value("output").value ?? NSTemporaryDirectory()
        let printer = configuration.value("printer").value ?? defaultDestination()
        return PrinterSetup(printer: printer, outputDirectory: directory, outbox: configuration.value("outbox").value)
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
