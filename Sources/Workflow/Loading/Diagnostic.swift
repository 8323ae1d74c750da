import Localization

/// One problem found in a definition file, pointing at the place to fix.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public let location: SourceLocation
    public let severity: Severity
    public let message: Message

    public init(_ location: SourceLocation, _ message: Message, severity: Severity = .error) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: message`, the form editors and `grep` understand.
    public func rendered(_ language: Language) -> String {
        let tag = severity == .warning ? DefinitionPhrases.warningTag.template(language) : ""
        return "\(location): \(tag)\(message.text(language))"
    }

    public var description: String { rendered(.zh) }
}
