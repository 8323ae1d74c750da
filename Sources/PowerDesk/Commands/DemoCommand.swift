import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk demo`: a fresh demo database in a temporary directory, and the desk on it, so a
/// newcomer sees the desk working at once.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Open the desk on a fresh demo database.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Sign in as this demo user (clerk, handler, chief, legal, leader, admin, monitor).") var user: String?

    func run() throws {
        let language = global.language
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let path = global.db ?? directory.appendingPathComponent("demo.sqlite").path
        do {
            _ = try PowerDeskStore.createDemo(at: path, definitions: try ShippedResources.definitions(global), schedules: ShippedResources.schedules(global))
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
        try DeskLauncher.open(path: path, global: global, user: user)
        if global.db == nil { try? FileManager.default.removeItem(at: directory) }
    }
}
