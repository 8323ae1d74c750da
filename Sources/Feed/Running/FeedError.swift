import Localization

/// A delivery fault, said in the reader's language. Nothing is lost by one: the outbox keeps the
/// records and the next attempt or run starts from the target's cursor.
public struct FeedError: Error, Sendable {
    public let message: Message
    /// A fault that trying again may cure (connection lost, timeout) rather than one that needs
    /// a person (wrong password, misconfiguration).
    public let retryable: Bool

    public init(_ message: Message, retryable: Bool = true) {
        self.message = message
        self.retryable = retryable
    }
}
