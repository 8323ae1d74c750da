/// One penalty or measure the law provides for a violation, with its legal range where it has one.
public struct StatutoryPenalty: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    public let range: AmountRange?
    /// "并处": the law requires it whenever a penalty is imposed; "可以并处" leaves it to discretion.
    public let mandatory: Bool
    /// "有违法所得、非法财物的，没收": the fact whose being recorded (an amount above zero, a
    /// non-empty text) makes this penalty required in every proposal and decision. For a
    /// confiscation of gains the fact is also the amount confiscated. Optional so that definitions
    /// compiled before it existed still decode.
    public let requiredWhen: String?
    public let location: SourceLocation
    /// The body the article gives this measure to when it is not the religious affairs department
    /// (条例 Arts. 65, 72 ②: 登记管理机关或者批准设立机关): the bureau never decides it, it proposes it
    /// to that body with a 处理建议书. Optional so that definitions compiled before it still decode.
    public let authority: String?
    /// The article's own operative terms for this measure (72条1款: 责令停止施工; 65条: 责令撤换直接负责的
    /// 主管人员), each definite: documents print the first; a measure the article gives as
    /// alternatives (吊销登记证书或者设立许可) lists each as its own term, one chosen when proposed.
    public let terms: [String]?

    public init(kind: PenaltyKind, range: AmountRange?, mandatory: Bool, requiredWhen: String? = nil, location: SourceLocation,
                authority: String? = nil, terms: [String]? = nil) {
        self.kind = kind
        self.range = range
        self.mandatory = mandatory
        self.requiredWhen = requiredWhen
        self.location = location
        self.authority = authority
        self.terms = terms
    }

    /// The article's term when the definition names one, else the catalogue's name of the kind.
    public var term: String { terms?.first ?? PenaltyNames.phrase(kind).template(.zh) }
}
