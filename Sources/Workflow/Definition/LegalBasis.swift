/// One law or regulation an item rests on, with the articles cited (行使依据).
public struct LegalBasis: Sendable, Hashable, Codable {
    public let law: String
    public let articles: [String]

    public init(law: String, articles: [String]) {
        self.law = law
        self.articles = articles
    }

    /// 《宗教事务条例》第42条、第43条
    public var citation: String {
        let name = law.hasPrefix("《") ? law : "《\(law)》"
        return name + articles.joined(separator: "、")
    }
}
