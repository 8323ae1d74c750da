import Localization

/// Collects every problem of a validation pass, so that an admin sees them all at once instead of
/// fixing one, saving, and meeting the next.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: Message) {
        diagnostics.append(Diagnostic(location, message))
    }

    func warning(_ location: SourceLocation, _ message: Message) {
        diagnostics.append(Diagnostic(location, message, severity: .warning))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Sorted by file, then position, with exact repeats removed.
    var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics
            .filter { seen.insert($0).inserted }
            .sorted {
                ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
            }
    }
}
