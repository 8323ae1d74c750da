/// A kind of transcript (询问笔录, 现场检查笔录, 听证笔录): its head fields, how many enforcement
/// officers must be named, which posts may write one besides the case's own officers, and the
/// signature wording the practice prints on every page and under the last.
public struct TranscriptKind: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    /// The article that makes the rule (行政处罚法 第五十五条: two officers, certificates shown).
    public let basis: String
    public let heads: [TranscriptHead]
    /// Enforcement officers with a valid certificate the transcript must name.
    public let officers: Int
    /// Posts that may write this kind on a case they have not acted on yet.
    public let posts: [String]
    /// The line at the foot of every page (被询问人签名：　执法人员签名：).
    public let pageSignature: String
    /// The line that closes the body on the last page (以上笔录我已看过，与我说的相符).
    public let closing: String
    /// The signature lines under the closing line.
    public let signatures: [String]

    public init(code: String, name: String, basis: String, heads: [TranscriptHead], officers: Int, posts: [String],
                pageSignature: String, closing: String, signatures: [String]) {
        self.code = code
        self.name = name
        self.basis = basis
        self.heads = heads
        self.officers = officers
        self.posts = posts
        self.pageSignature = pageSignature
        self.closing = closing
        self.signatures = signatures
    }

    /// The kind named by its code or its Chinese name, as the handler types it.
    public static func find(_ name: String, in kinds: [TranscriptKind]) -> TranscriptKind? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return kinds.first { $0.code == wanted || $0.name == wanted }
    }

    public func head(_ code: String) -> TranscriptHead? { heads.first { $0.code == code } }
}
