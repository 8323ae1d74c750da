/// A kind of legal document the system produces (R18). Numbered kinds carry the word of their
/// document number (罚决字), which with the bureau's agency code and the year makes a number in
/// the form of GB/T 9704 §7.2.5: 通民宗罚决字〔2026〕12号. Both are configuration, not code.
public struct DocumentType: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    /// Nil for documents that are not numbered (a receipt, a cover).
    public let word: String?

    public init(code: String, name: String, word: String?) {
        self.code = code
        self.name = name
        self.word = word
    }

    /// 通民宗罚决字〔2026〕12号: no 第, no padding, the full year in 〔〕.
    public func number(agencyCode: String, year: Int, sequence: Int) -> String? {
        word.map { "\(agencyCode)\($0)〔\(year)〕\(sequence)号" }
    }
}
