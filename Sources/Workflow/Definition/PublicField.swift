/// One entry of an item's public (static) information (R2), such as 受理条件 or 监督电话.
public struct PublicField: Sendable, Hashable, Codable {
    public let key: String
    public let value: String
    public let location: SourceLocation

    public init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}
