import Foundation
import Workflow

/// Paths and loaders shared by the tests. Tests read the shipped definitions from the repository,
/// so a broken definition in `Resources/flows` fails the suite.
enum Fixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var flowsDirectory: String { repositoryRoot.appendingPathComponent("Resources/flows").path }

    static func shippedSources() -> [SourceFile] {
        DefinitionLoader.sources(at: [flowsDirectory]).sources
    }

    /// The shipped definitions compiled; nil only if they are broken, which a test then reports.
    static let shipped: DefinitionSet? = DefinitionCompiler.compile(shippedSources()).set

    /// The shipped sources with one file's text replaced, for tests that break one thing at a time.
    static func shippedSources(replacing suffix: String, with transform: (String) -> String) -> [SourceFile] {
        shippedSources().map { source in
            source.path.hasSuffix(suffix) ? SourceFile(path: source.path, text: transform(source.text)) : source
        }
    }
}
