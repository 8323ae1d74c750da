import Foundation
import Localization

/// The `feed:` mapping of the configuration file, as loaded from YAML, into targets. Every
/// problem names the target and the setting, so a misspelt key is caught, not ignored.
public enum FeedTargetParser {
    static let keys = ["kind", "conninfo", "passfile", "path", "source", "batch", "timeout", "attempts"]

    public static func parse(_ value: Any?) throws -> [FeedTargetConfig] {
        guard let value else { return [] }
        guard let targets = value as? [String: Any] else { throw FeedPhrases.targetNotMapping() }
        return try targets.keys.sorted().map { name in
            guard let settings = targets[name] as? [String: Any] else { throw FeedPhrases.targetNotMapping() }
            do {
                return try target(name, settings)
            } catch let message as Message {
                throw FeedPhrases.targetInvalid(name, message)
            }
        }
    }

    static func target(_ name: String, _ settings: [String: Any]) throws -> FeedTargetConfig {
        for key in settings.keys where !keys.contains(key) {
            throw FeedPhrases.targetUnknownKey(key, keys.joined(separator: ", "))
        }
        let text = { (key: String) in settings[key].map { "\($0)" } }
        guard let kindText = text("kind") else { throw FeedPhrases.targetMissing("kind") }
        guard let kind = FeedTargetKind(rawValue: kindText) else { throw FeedPhrases.targetUnknownKind(kindText) }
        switch kind {
        case .postgres:
            guard let conninfo = text("conninfo") else { throw FeedPhrases.targetMissing("conninfo") }
            if containsPassword(conninfo) { throw FeedPhrases.passwordInConninfo() }
        case .directory:
            guard text("path") != nil else { throw FeedPhrases.targetMissing("path") }
        }
        return FeedTargetConfig(
            name: name, kind: kind, conninfo: text("conninfo"), passfile: text("passfile"), path: text("path"),
            source: text("source") ?? "powerdesk", batch: try number(settings["batch"], "batch", 1...10_000),
            timeout: try number(settings["timeout"], "timeout", 1...3600) ?? 30, attempts: try number(settings["attempts"], "attempts", 1...20) ?? 3)
    }

    static func number(_ value: Any?, _ key: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let value else { return nil }
        guard let number = value as? Int ?? Int("\(value)"), range.contains(number) else {
            throw FeedPhrases.notANumber(key, range.lowerBound, range.upperBound)
        }
        return number
    }

    /// A `password=` keyword in either conninfo form, or a password in a URI's user part.
    static func containsPassword(_ conninfo: String) -> Bool {
        let lowered = conninfo.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            let rest = lowered.drop { $0 != "/" }.dropFirst(2)
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { return true }
            return lowered.contains("password=")
        }
        return lowered.range(of: #"(^|\s)password\s*="#, options: .regularExpression) != nil
    }
}
