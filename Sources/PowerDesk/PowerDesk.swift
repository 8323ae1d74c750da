import ArgumentParser

@main
struct PowerDesk: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "powerdesk")
    func run() throws {}
}
