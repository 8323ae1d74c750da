/// Words shared by many messages: list separators and the names of kinds, units and posts.
public enum CommonPhrases {
    public static let listSeparator = Phrase("common.listSeparator", zh: "、", en: ", ")
    public static let workday = Phrase("common.unit.workday", zh: "个工作日", en: " working days")
    public static let calendarDay = Phrase("common.unit.day", zh: "日", en: " days")

    public static let all: [Phrase] = [listSeparator, workday, calendarDay]
}
