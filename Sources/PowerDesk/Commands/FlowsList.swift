import ArgumentParser
import Foundation
import Localization
import Workflow

/// `powerdesk flows list [--format json]`: the catalogue, one item a line.
struct FlowsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpPhrases.flowsList.inCommandLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: .phrase(HelpPhrases.format))
    var format: Format = .text

    struct Row: Encodable {
        let code: String
        let name: String
        let kind: String
        let section: String
        let procedures: [String]
    }

    func run() throws {
        let set = try DefinitionSources.installed(global)
        let rows = set.items.map { item in
            Row(code: item.code, name: item.name, kind: item.kind.rawValue,
                section: set.bureau.sections.first { $0.code == item.section }?.name ?? item.section,
                procedures: item.procedures)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(rows)
            Console.out(String(decoding: data, as: UTF8.self))
        case .text:
            for row in rows {
                let kind = ItemKind(rawValue: row.kind)?.displayName.text(global.language) ?? row.kind
                Console.out("\(row.code)  \(DisplayWidth.pad(kind, to: 12))  \(DisplayWidth.pad(row.section, to: 8))  \(row.name)")
            }
        }
    }
}
