import Localization

/// How a 复议 or a 诉讼 ended. The raw values are those of `remedy_outcome.outcome`.
public enum RemedyResult: String, Sendable, Hashable, Codable, CaseIterable {
    /// 维持 (行政复议法 第68条) — the decision stands.
    case upheld
    /// 变更 (行政复议法 第63条; 行政诉讼法 第77条).
    case changed
    /// 撤销 (行政复议法 第64条; 行政诉讼法 第70条).
    case revoked
    /// 确认违法 (行政复议法 第65条; 行政诉讼法 第74条).
    case unlawful
    /// 驳回 the request or the claim (行政复议法 第69条; 行政诉讼法 第69条) — the decision stands.
    case dismissed
    /// 撤回 by the applicant or plaintiff — nothing was decided on the merits.
    case withdrawn

    /// Whether the outcome corrects the bureau's decision: what the quarterly evaluation counts
    /// as "decisions changed on 复议/诉讼" (the effect dimension). The evaluation's query and the
    /// command that records outcomes both read this, so they cannot disagree.
    public var correctsDecision: Bool {
        switch self {
        case .changed, .revoked, .unlawful: true
        case .upheld, .dismissed, .withdrawn: false
        }
    }

    /// The outcomes the evaluation counts, as an SQL list of literals (`'changed', 'revoked', …`).
    static var correctingSQLList: String {
        allCases.filter(\.correctsDecision).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    public var name: Phrase {
        switch self {
        case .upheld: SupervisionThirdPhrases.resultUpheld
        case .changed: SupervisionThirdPhrases.resultChanged
        case .revoked: SupervisionThirdPhrases.resultRevoked
        case .unlawful: SupervisionThirdPhrases.resultUnlawful
        case .dismissed: SupervisionThirdPhrases.resultDismissed
        case .withdrawn: SupervisionThirdPhrases.resultWithdrawn
        }
    }

    /// The code or the Chinese name (维持, 变更, 撤销, 确认违法, 驳回, 撤回).
    public static func parse(_ text: String) -> RemedyResult? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return RemedyResult(rawValue: text) ?? allCases.first { text == $0.name.template(.zh) }
    }
}
