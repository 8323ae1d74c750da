import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk audit verify` and `powerdesk audit anchor`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: HelpPhrases.audit.inCommandLanguage,
                                                    subcommands: [AuditVerify.self, AuditAnchorCommand.self])
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: HelpPhrases.auditVerify.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("anchors"), help: .phrase(HelpPhrases.anchors))
    var anchorFiles: [String] = []

    func run() throws {
        let language = global.language
        let (anchors, sources) = AnchorSources.gather(files: anchorFiles)
        let verification: AuditVerification
        do {
            verification = try PowerDeskStore.open(at: global.databasePath).verify(anchors: anchors)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        guard verification.isIntact else {
            Console.err(verification.message.text(language))
            throw CommandFailure.refused
        }
        Console.out(verification.message.text(language))
        if verification.anchorsChecked > 0 {
            Console.out(CommandPhrases.anchorsChecked(verification.anchorsChecked, sources.joined(separator: ", ")).text(language))
        } else {
            Console.out(CommandPhrases.anchorsNone(sources.isEmpty ? (AnchorLog.configuredPath ?? "-") : sources.joined(separator: ", ")).text(language))
        }
    }
}

/// `powerdesk audit anchor`: the chain's head, once checked, written to the anchor log and the
/// system journal, places a desk user cannot rewrite. The installed system runs it daily
/// (`powerdesk-anchor.timer`); `backup` writes one too.
struct AuditAnchorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "anchor", abstract: HelpPhrases.auditAnchor.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.anchorLog)) var log: String?

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("audit anchor", language: language)
        let anchor: AuditAnchor
        do {
            anchor = try PowerDeskStore.open(at: global.databasePath).anchor()
        } catch {
            throw ErrorReport.fail(error, language)
        }
        try Self.write(anchor, log: log ?? AnchorLog.configuredPath, language: language)
    }

    /// Writes `anchor` to the log and the journal and says where it went; failing to write the log
    /// fails the command (an anchor nobody kept is no anchor).
    static func write(_ anchor: AuditAnchor, log: String?, language: Language) throws {
        var places: [String] = []
        if let log {
            do {
                try AnchorLog.append(anchor, to: log)
                places.append(log)
            } catch {
                Console.err(CommandPhrases.anchorUnwritable(log, "\(error)").text(language))
                throw CommandFailure.refused
            }
        }
        if AnchorLog.journal(anchor) { places.append("journal") }
        Console.out(CommandPhrases.anchorWritten(anchor.seq, String(anchor.hash.prefix(16)), places.isEmpty ? "-" : places.joined(separator: ", ")).text(language))
    }
}
