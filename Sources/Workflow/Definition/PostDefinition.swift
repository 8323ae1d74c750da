/// A post (岗位) a user can hold. Posts are data: the bureau may add or rename them.
public struct PostDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    /// Read-only posts (监察) may look at everything and act on nothing.
    public let readOnly: Bool
    /// Whether a holder may act as an enforcement officer (行政处罚法 Art. 42): not a window clerk,
    /// never a read-only post. A user holding any post that is not is never an officer.
    public let officer: Bool

    public init(code: String, name: String, readOnly: Bool, officer: Bool = true) {
        self.code = code
        self.name = name
        self.readOnly = readOnly
        self.officer = officer && !readOnly
    }

    private enum CodingKeys: String, CodingKey {
        case code, name, readOnly, officer
    }

    /// Definitions compiled before the flag existed decode with it set, except for read-only posts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        readOnly = try container.decode(Bool.self, forKey: .readOnly)
        officer = (try container.decodeIfPresent(Bool.self, forKey: .officer) ?? true) && !readOnly
    }
}
