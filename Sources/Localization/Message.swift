/// A user-facing sentence that has not been rendered yet: a phrase and its arguments.
///
/// Domain code returns messages, never strings, so the same rejection can be shown in Chinese on
/// the desk and in English on the command line with `--lang en`.
public struct Message: Error, Sendable, Hashable, CustomStringConvertible {
    public let phrase: Phrase
    public let arguments: [MessageArgument]

    public init(_ phrase: Phrase, _ args: [String] = []) {
        self.phrase = phrase
        self.arguments = args.map(MessageArgument.text)
    }

    public init(_ phrase: Phrase, arguments: [MessageArgument]) {
        self.phrase = phrase
        self.arguments = arguments
    }

    public var key: String { phrase.key }

    /// The arguments as Chinese text, for tests and logs.
    public var args: [String] { arguments.map { $0.text(.zh) } }

    public func text(_ language: Language) -> String {
        Message.fill(phrase.template(language), with: arguments.map { $0.text(language) })
    }

    /// Chinese by default: the desk's language.
    public var description: String { text(.zh) }

    /// Replaces `{n}` with the n-th argument; an unknown index is left visible, not dropped.
    static func fill(_ template: String, with args: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let index = Int(rest[afterOpen..<close]), args.indices.contains(index)
            else {
                out.append("{")
                rest = rest[afterOpen...]
                continue
            }
            out += args[index]
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
