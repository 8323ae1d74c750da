/// A file of the case as the archive binds it (issue 18, R7): its pages follow the archive's own
/// pages, each PDF with all its pages and each image as one A4 page; a file that could not be
/// included is listed with its SHA-256 and why, so the paper archive still names it.
public struct ArchivedFile: Sendable, Hashable {
    public let name: String
    /// The material's name, or the evidence entry's label.
    public let entry: String
    public let kind: String
    public let size: Int
    public let sha256: String
    /// How many pages it adds; nil when it could not be included.
    public let pages: Int?
    /// Why it could not be included.
    public let problem: String?

    public init(name: String, entry: String, kind: String, size: Int, sha256: String, pages: Int?, problem: String?) {
        self.name = name
        self.entry = entry
        self.kind = kind
        self.size = size
        self.sha256 = sha256
        self.pages = pages
        self.problem = problem
    }
}
