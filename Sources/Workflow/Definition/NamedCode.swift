/// A code with its display name: sections (处室) and document types (文书).
public struct NamedCode: Sendable, Hashable, Codable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
