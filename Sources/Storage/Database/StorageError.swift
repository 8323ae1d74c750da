import Localization

/// A storage failure explained for the person at the desk: what happened and what to do. Every
/// SQLite failure a user can meet is translated into one of these before it leaves Storage.
public struct StorageError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.text(.zh) }
}
