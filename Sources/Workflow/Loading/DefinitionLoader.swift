import Foundation
import Localization

/// Reads definition files from disk: the only file I/O in the Workflow module. A directory is
/// searched recursively for `.yaml` and `.yml` files and `.mustache` document templates, in a
/// stable order.
public enum DefinitionLoader {
    public struct Loaded: Sendable {
        public let sources: [SourceFile]
        public let diagnostics: [Diagnostic]
    }

    public static func sources(at paths: [String]) -> Loaded {
        var sources: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1), DefinitionPhrases.pathMissing()))
                continue
            }
            let files: [String]
            if isDirectory.boolValue {
                let found = (manager.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                files = found.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(DefinitionCompiler.templateExtension) }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files = [path]
            }
            for file in files {
                guard let data = manager.contents(atPath: file) else {
                    diagnostics.append(Diagnostic(SourceLocation(file: file, line: 1, column: 1), DefinitionPhrases.unreadable()))
                    continue
                }
                switch SourceFile.decode(path: file, bytes: [UInt8](data)) {
                case let .success(source): sources.append(source)
                case let .failure(problem): diagnostics.append(problem)
                }
            }
        }
        return Loaded(sources: sources, diagnostics: diagnostics)
    }

    /// Loads and compiles in one go; read problems come first among the diagnostics.
    public static func compile(paths: [String]) -> DefinitionCompilation {
        let loaded = sources(at: paths)
        let compiled = DefinitionCompiler.compile(loaded.sources)
        let all = loaded.diagnostics + compiled.diagnostics
        return DefinitionCompilation(set: loaded.diagnostics.isEmpty ? compiled.set : nil, diagnostics: all)
    }
}
