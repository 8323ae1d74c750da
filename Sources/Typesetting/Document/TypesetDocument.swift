import Foundation

/// A whole document to typeset: its blocks plus the marks that go on every page.
public struct TypesetDocument: Sendable, Equatable {
    /// The PDF's /Title metadata.
    public var title: String
    public var blocks: [TypesetBlock]
    /// E.g. "副本": stamped in a red box at the top right of every page, so a reprint is visibly a copy.
    public var copyMark: String?
    /// GB/T 9704 page numbers, "— 1 —" centred at the foot of each page in 14 pt.
    public var pageNumbers: Bool
    /// Written to /CreationDate only when given, so the same document gives the same bytes.
    public var creationDate: Date?
    /// A line under the page number of every page: the signature line a transcript (笔录) is
    /// signed on page by page.
    public var pageFooter: String?

    public init(
        title: String, blocks: [TypesetBlock], copyMark: String? = nil, pageNumbers: Bool = true, creationDate: Date? = nil,
        pageFooter: String? = nil
    ) {
        self.title = title
        self.blocks = blocks
        self.copyMark = copyMark
        self.pageNumbers = pageNumbers
        self.creationDate = creationDate
        self.pageFooter = pageFooter
    }
}
