import Feed
import Foundation
import Localization
import Yams

/// The `feed:` section of the configuration file in effect: the targets `powerdesk feed` delivers
/// to. Read from the same file `SiteConfiguration` chose (so a privileged run takes only root's
/// files), as a mapping of its own.
enum FeedConfiguration {
    static let key = "feed"

    /// The configured targets; a misconfigured one is an error naming it and the setting.
    static func targets(_ configuration: SiteConfiguration) throws -> [FeedTargetConfig] {
        guard let file = configuration.file else { return [] }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let mapping = try Yams.load(yaml: text) as? [String: Any] else { return [] }
        return try FeedTargetParser.parse(mapping[key])
    }

    /// `config show`'s line: the targets by name and kind (their settings stay in the file).
    static func summary(_ configuration: SiteConfiguration, language: Language) -> String {
        do {
            let targets = try targets(configuration)
            let names = targets.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
            return "\(key): \(names.isEmpty ? DeployPhrases.notSet().text(language) : names)"
        } catch let message as Message {
            return "\(key): \(message.text(language))"
        } catch {
            return "\(key): \(error)"
        }
    }
}
