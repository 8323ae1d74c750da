import ArgumentParser
import Localization

/// `powerdesk supervise ...`: online supervision's scheduled work (issue 15).
struct SuperviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", abstract: HelpPhrases.supervise.inCommandLanguage,
        subcommands: [SuperviseBoard.self, SuperviseTick.self, SuperviseNotice.self, SuperviseAnswer.self, SuperviseJudge.self, SuperviseNotices.self,
                      SuperviseReviewOutcome.self]
    )
}
