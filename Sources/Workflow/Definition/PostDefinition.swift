/// A post (岗位) a user can hold. Posts are data: the bureau may add or rename them.
public struct PostDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    /// Read-only posts (监察) may look at everything and act on nothing.
    public let readOnly: Bool

    public init(code: String, name: String, readOnly: Bool) {
        self.code = code
        self.name = name
        self.readOnly = readOnly
    }
}
