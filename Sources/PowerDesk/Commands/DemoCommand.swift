import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk demo`: a fresh demo database in a temporary directory, and the desk on it, so a
/// newcomer sees the desk working at once.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: HelpPhrases.demo.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.demoUser)) var user: String?

    func run() throws {
        let language = global.language
        try DeskLauncher.checkTerminal(language)
        Self.removeAbandonedDemos()
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

    /// A demo ended by Ctrl-C or a lost connection cannot clean up after itself; the next demo
    /// removes the folders of demos whose process is gone.
    static func removeAbandonedDemos() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix("powerdesk-demo-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = Int32(parts[2]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
