import ArgumentParser
import Localization

/// `powerdesk complaint ...`: complaints and opinions (R26) along the complaint flow.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: ComplaintPhrases.helpComplaint.inCommandLanguage,
        subcommands: [ComplaintAdd.self, ComplaintAct.self, ComplaintShow.self, ComplaintList.self, ComplaintImport.self]
    )
}
