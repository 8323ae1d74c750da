import ArgumentParser

/// `powerdesk supervise ...`: online supervision's scheduled work (issue 15).
struct SuperviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", abstract: "Online supervision: the daily run that records yellow and red cases and escalates them.",
        subcommands: [SuperviseTick.self]
    )
}
