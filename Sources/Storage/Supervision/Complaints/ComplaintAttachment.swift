import Foundation

/// A file that came with a complaint (a mail's attachment), kept in the database's file store.
public struct ComplaintAttachment: Sendable, Hashable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
