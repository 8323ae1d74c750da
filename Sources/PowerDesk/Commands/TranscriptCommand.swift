import ArgumentParser
import Localization

/// `powerdesk transcript add|list|print`: transcripts (笔录) of a case (issue 18).
struct TranscriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transcript", abstract: TranscriptPhrases.helpTranscript.inCommandLanguage,
                                                    subcommands: [TranscriptAdd.self, TranscriptList.self, TranscriptPrint.self])
}
