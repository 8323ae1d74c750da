import Localization

/// A document that could not be produced, checked or written, explained for the desk.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.text(.zh) }
}
