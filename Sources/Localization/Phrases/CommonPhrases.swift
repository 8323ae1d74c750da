/// Words shared by many messages: list separators and the names of kinds, units and posts.
public enum CommonPhrases {
    public static let listSeparator = Phrase("common.listSeparator", zh: "、", en: ", ")
    public static let workdays = Phrase("common.limit.workdays", zh: "{0}个工作日", en: "{0} working days")
    public static let days = Phrase("common.limit.days", zh: "{0}日", en: "{0} days")

    public static let yuan = Phrase("common.money.yuan", zh: "{0}元", en: "{0} yuan")

    /// Two clauses of one sentence, for joining messages in the reader's language.
    public static let clauses = Phrase("common.clauses", zh: "{0}；{1}", en: "{0}; {1}")

    /// Messages joined into one, each rendered in the reader's language.
    public static func joined(_ messages: [Message]) -> Message? {
        guard let first = messages.first else { return nil }
        return messages.dropFirst().reduce(first) { clauses($0, $1) }
    }

    public static let all: [Phrase] = [listSeparator, workdays, days, yuan, clauses]
}
