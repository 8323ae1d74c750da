import Workflow

/// A document as the archive binds it: its label for the contents, and its stored text.
public struct ArchivedDocument: Sendable, Hashable {
    public let name: String
    public let number: String?
    public let issuedOn: CivilDate
    public let body: String
    /// Set when a later correction replaced it; the archive keeps both and says so.
    public let replacedBy: String?

    public init(name: String, number: String?, issuedOn: CivilDate, body: String, replacedBy: String?) {
        self.name = name
        self.number = number
        self.issuedOn = issuedOn
        self.body = body
        self.replacedBy = replacedBy
    }
}
