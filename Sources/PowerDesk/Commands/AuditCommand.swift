import ArgumentParser
import Storage

/// `powerdesk audit verify`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Check the audit trail.", subcommands: [AuditVerify.self])
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Verify the hash chain, the events and the case states.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let verification: AuditVerification
        do {
            verification = try PowerDeskStore.open(at: global.databasePath).verify()
        } catch {
            throw ErrorReport.fail(error, language)
        }
        if verification.isIntact {
            Console.out(verification.message.text(language))
        } else {
            Console.err(verification.message.text(language))
            throw CommandFailure.refused
        }
    }
}
