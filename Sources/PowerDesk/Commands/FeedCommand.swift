import ArgumentParser
import Localization

/// `powerdesk feed run` and `powerdesk feed status`: the outbox to the hall's exchange database,
/// the supervision platform and directory drops (R21, R24).
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feed", abstract: HelpPhrases.feed.inCommandLanguage,
                                                    subcommands: [FeedRun.self, FeedStatus.self])
}
