import Localization

/// Why a number was refused, as a message the window clerk can act on.
public struct IdentityProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: Message
    /// The kind the number was checked as; `nil` when it was empty or its kind could not be guessed.
    public let kind: IdentityKind?

    public init(_ message: Message, kind: IdentityKind?) {
        self.message = message
        self.kind = kind
    }

    public var description: String { message.description }
}
