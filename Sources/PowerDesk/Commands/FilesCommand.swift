import ArgumentParser
import Localization

/// `powerdesk files list|export|inbox`: a case's files, one exported, the drop folder.
struct FilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "files", abstract: HelpPhrases.files.inCommandLanguage,
                                                    subcommands: [FilesList.self, FilesExport.self, FilesInbox.self])
}
