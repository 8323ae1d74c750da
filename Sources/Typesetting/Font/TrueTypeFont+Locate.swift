import Foundation

extension TrueTypeFont {
    /// Debian's Chinese fonts, best for official documents first (a Ming/Song face before the sans ones).
    static let debianCandidates: [FontCandidate] = [
        FontCandidate(path: "/usr/share/fonts/truetype/arphic/uming.ttc", family: "AR PL UMing CN"),
        FontCandidate(path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", family: nil),
        FontCandidate(path: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", family: nil),
        FontCandidate(path: "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", family: nil),
    ]

    /// The font to typeset with: the file named by `POWERDESK_FONT` (first face of a collection),
    /// else the first known Debian font that loads. A `POWERDESK_FONT` that names nothing is an
    /// error, not a silent fallback, so a misconfigured desk is noticed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TrueTypeFont {
        try locate(environment: environment, candidates: debianCandidates)
    }

    static func locate(environment: [String: String], candidates: [FontCandidate]) throws -> TrueTypeFont {
        if let custom = environment["POWERDESK_FONT"]?.trimmingCharacters(in: .whitespaces), !custom.isEmpty {
            guard FileManager.default.fileExists(atPath: custom) else {
                throw TypesettingError.environmentFontMissing(custom)
            }
            return try load(path: custom, preferredFamily: nil)
        }
        var firstFailure: Error?
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            do {
                return try load(path: candidate.path, preferredFamily: candidate.family)
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure { throw firstFailure }
        throw TypesettingError.fontNotFound(searched: candidates.map(\.path))
    }
}
