/// The result of compiling definition sources: every diagnostic, and the set when there was no
/// error. Warnings never block.
public struct DefinitionCompilation: Sendable {
    public let set: DefinitionSet?
    public let diagnostics: [Diagnostic]

    public init(set: DefinitionSet?, diagnostics: [Diagnostic]) {
        self.set = set
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
