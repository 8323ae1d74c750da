/// What is wrong with a `batch` line that is not an operation, in the user's language (the
/// decoder's own descriptions are English and name Swift types), and what a listing command says
/// when it has nothing to list.
public enum CommandInputPhrases {
    public static let notJSON = Phrase("commandInput.notJSON", zh: "JSON 格式有误（请检查引号、逗号和括号是否成对）", en: "the JSON is malformed (check that quotes, commas and brackets pair up)")
    public static let missingField = Phrase("commandInput.missingField", zh: "缺少“{0}”", en: "\"{0}\" is missing")
    public static let wrongType = Phrase("commandInput.wrongType", zh: "“{0}”应为{1}", en: "\"{0}\" should be {1}")
    public static let badValue = Phrase("commandInput.badValue", zh: "“{0}”的值无效", en: "\"{0}\" has an invalid value")
    public static let typeText = Phrase("commandInput.typeText", zh: "文字（加引号）", en: "text (in quotes)")
    public static let typeInteger = Phrase("commandInput.typeInteger", zh: "整数", en: "a whole number")
    public static let typeBoolean = Phrase("commandInput.typeBoolean", zh: "true 或 false", en: "true or false")
    public static let typeObject = Phrase("commandInput.typeObject", zh: "对象（{…}）", en: "an object ({…})")
    public static let typeList = Phrase("commandInput.typeList", zh: "数组（[…]）", en: "a list ([…])")
    public static let typeOther = Phrase("commandInput.typeOther", zh: "其他类型的值", en: "a value of another type")

    public static let noDocuments = Phrase("commandInput.noDocuments", zh: "{0} 还没有文书", en: "{0} has no documents yet")

    public static let all: [Phrase] = [noDocuments, notJSON, missingField, wrongType, badValue, typeText, typeInteger, typeBoolean, typeObject, typeList, typeOther]
}
