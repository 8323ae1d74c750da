import ArgumentParser

/// `powerdesk supervise ...`: online supervision's scheduled work (issue 15).
struct SuperviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", abstract: "Online supervision: the daily run, and supervision notices (督办) with their answers and outcomes.",
        subcommands: [SuperviseBoard.self, SuperviseTick.self, SuperviseNotice.self, SuperviseAnswer.self, SuperviseJudge.self, SuperviseNotices.self]
    )
}
