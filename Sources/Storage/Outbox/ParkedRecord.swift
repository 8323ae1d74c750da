import Foundation

/// A record a target refused (a schema change at the hall, a value it will not take), set aside
/// with the target's reason so the records after it still go; every run tries it again.
public struct ParkedRecord: Sendable, Hashable {
    public let target: String
    public let seq: Int64
    public let kind: String
    public let key: String
    public let reason: String
    public let at: Date
}
