/// What the bureau's public site (网上政务公开) needs beyond the items: the supervision and
/// complaint channels printed on every page, which posts may keep a case off the site and on what
/// basis, and how soon licence and penalty decisions must be published (双公示). Data, because the
/// bureau or the law may change each of them.
public struct DisclosurePolicy: Sendable, Hashable, Codable {
    /// 监督电话 printed on every page.
    public let supervisionPhone: String
    /// 投诉渠道 printed on every page.
    public let complaintChannel: String
    /// Posts that may mark a case secret.
    public let secretPosts: [String]
    /// The article a secret mark rests on.
    public let secretBasis: String
    /// 双公示: working days from the decision within which it is published.
    public let publicityDays: Int
    /// The article the publicity deadline rests on.
    public let publicityBasis: String
    /// The document types whose issue is a decision to publish (准予许可、处罚决定).
    public let publicityDocuments: [String]
    /// The 复议/诉讼 outcomes (`remedy_outcome.outcome`) that withdraw a published decision.
    public let withdrawOn: [String]
    /// The article the withdrawal rests on (行政处罚法 第48条第2款: 撤回并公开说明理由).
    public let withdrawalBasis: String

    /// What 行政处罚法 第48条第2款 names: a decision changed, revoked or found unlawful is
    /// withdrawn. Used only for a bureau file saved before `withdraw-on` existed, which must load.
    public static let statutoryWithdrawOn = ["changed", "revoked", "unlawful"]
    public static let statutoryWithdrawalBasis = "《中华人民共和国行政处罚法》第四十八条第二款"
    /// Every outcome `remedy_outcome` may hold.
    public static let remedyOutcomes = ["upheld", "changed", "revoked", "unlawful", "dismissed", "withdrawn"]

    public init(supervisionPhone: String, complaintChannel: String, secretPosts: [String], secretBasis: String, publicityDays: Int, publicityBasis: String,
                publicityDocuments: [String], withdrawOn: [String] = statutoryWithdrawOn, withdrawalBasis: String = statutoryWithdrawalBasis) {
        self.supervisionPhone = supervisionPhone
        self.complaintChannel = complaintChannel
        self.secretPosts = secretPosts
        self.secretBasis = secretBasis
        self.publicityDays = publicityDays
        self.publicityBasis = publicityBasis
        self.publicityDocuments = publicityDocuments
        self.withdrawOn = withdrawOn
        self.withdrawalBasis = withdrawalBasis
    }
}
