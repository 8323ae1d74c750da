import Workflow

/// Compiling definitions as an admin saves them: the flows and the document templates checked
/// together, so one pass reports every problem and an invalid template is never installed.
public enum DocumentDefinitions {
    public static func compile(_ sources: [SourceFile]) -> DefinitionCompilation {
        let compiled = DefinitionCompiler.compile(sources)
        guard let set = compiled.set else { return compiled }
        let templateProblems = TemplateChecker.check(set)
        let all = compiled.diagnostics + templateProblems
        let failed = templateProblems.contains { $0.severity == .error }
        return DefinitionCompilation(set: failed ? nil : set, diagnostics: all)
    }

    /// The same from files on disk, read problems first.
    public static func compile(paths: [String]) -> DefinitionCompilation {
        let loaded = DefinitionLoader.sources(at: paths)
        let compiled = compile(loaded.sources)
        return DefinitionCompilation(set: loaded.diagnostics.isEmpty ? compiled.set : nil, diagnostics: loaded.diagnostics + compiled.diagnostics)
    }
}
