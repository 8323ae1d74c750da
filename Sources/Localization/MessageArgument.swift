/// An argument of a message: plain text (a name, a number, what the user typed) or another
/// message, rendered in the same language as the sentence around it.
public indirect enum MessageArgument: Sendable, Hashable {
    case text(String)
    case message(Message)

    public func text(_ language: Language) -> String {
        switch self {
        case let .text(value): value
        case let .message(message): message.text(language)
        }
    }
}
