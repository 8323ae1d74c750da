import Localization

/// Why an operation was refused: every reason at once, each one something the clerk can act on.
public struct Rejection: Error, Sendable, Hashable, CustomStringConvertible {
    public let reasons: [Message]

    public init(_ reasons: [Message]) {
        self.reasons = reasons
    }

    public func text(_ language: Language) -> String {
        reasons.map { $0.text(language) }.joined(separator: "；")
    }

    public var description: String { text(.zh) }
}
