import Workflow

/// An earlier document of the case as another document cites it: a service receipt names the
/// decision served, a correction names the document it replaces.
public struct DocumentReference: Sendable, Hashable {
    public let type: String
    public let name: String
    public let number: String?
    public let issuedOn: CivilDate

    public init(type: String, name: String, number: String?, issuedOn: CivilDate) {
        self.type = type
        self.name = name
        self.number = number
        self.issuedOn = issuedOn
    }
}
