/// One entry of the catalogue: a stable key and the same sentence in every language, side by side.
///
/// Templates use `{0}`, `{1}`, ... for arguments, in the order the caller passes them. Both
/// languages must use the same set of placeholders; `CatalogueTests` checks that for every phrase.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    public let key: String
    public let zh: String
    public let en: String

    public init(_ key: String, zh: String, en: String) {
        self.key = key
        self.zh = zh
        self.en = en
    }

    public var description: String { zh }

    public func template(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// A message built from this phrase with its arguments, rendered later in the reader's language.
    /// A `Message` or `Phrase` argument stays a message, rendered in the reader's language.
    public func callAsFunction(_ args: CustomStringConvertible...) -> Message {
        Message(self, arguments: args.map { arg in
            if let message = arg as? Message { return .message(message) }
            if let localized = arg as? LocalizedArgument { return .message(localized.message) }
            if let phrase = arg as? Phrase { return .message(Message(phrase)) }
            return .text(arg.description)
        })
    }
}
