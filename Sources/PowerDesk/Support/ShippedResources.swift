import Foundation
import Localization
import Workflow

/// The shipped definitions and holiday schedules, as `init` copies them into a new database.
enum ShippedResources {
    /// Definition files with paths relative to the flows directory, so they read the same on
    /// every machine.
    static func definitions(_ global: GlobalOptions) throws -> [SourceFile] {
        let directory = try ResourceLocator.require("flows", option: global.flows, language: global.language)
        let loaded = DefinitionLoader.sources(at: [directory])
        if !loaded.diagnostics.isEmpty || loaded.sources.isEmpty {
            loaded.diagnostics.forEach { Console.err($0.rendered(global.language)) }
            Console.err(CommandPhrases.installedInvalid(directory).text(global.language))
            throw CommandFailure.refused
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return loaded.sources.map { SourceFile(path: $0.path.hasPrefix(prefix) ? String($0.path.dropFirst(prefix.count)) : $0.path, text: $0.text) }
    }

    static func schedules(_ global: GlobalOptions) throws -> [(file: String, text: String)] {
        let directory = try ResourceLocator.require("calendar", option: global.calendar, language: global.language)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
            return (file: "calendar/" + name, text: String(decoding: data, as: UTF8.self))
        }
    }
}
