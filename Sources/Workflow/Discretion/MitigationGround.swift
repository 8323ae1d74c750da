/// The grounds on which 行政处罚法 Art. 32 allows a lighter or reduced penalty (从轻或者减轻):
/// only on one of them may a fine go below the discretion band's or the law's minimum.
public enum MitigationGround: String, Sendable, Hashable, Codable, CaseIterable {
    /// (一) 主动消除或者减轻违法行为危害后果的
    case remedied = "remedied"
    /// (二) 受他人胁迫或者诱骗实施违法行为的
    case coerced = "coerced"
    /// (三) 主动供述行政机关尚未掌握的违法行为的
    case confessed = "confessed"
    /// (四) 配合行政机关查处违法行为有立功表现的
    case cooperated = "cooperated"
    /// (五) 法律、法规、规章规定其他应当从轻或者减轻行政处罚的
    case otherRule = "other-rule"

    /// The item of Art. 32 as the decision cites it.
    public var item: String {
        switch self {
        case .remedied: "（一）"
        case .coerced: "（二）"
        case .confessed: "（三）"
        case .cooperated: "（四）"
        case .otherRule: "（五）"
        }
    }
}
