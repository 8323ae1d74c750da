/// Phrases of the desk's third pass (issue 14): printing that falls back to a file, the merged
/// case's proposal, the holiday schedule's messages.
public enum DeskThirdPhrases {
    public static let noPrinterWrittenToFile = Phrase(
        "deskThird.noPrinterWrittenToFile",
        zh: "没有可用的打印机，文书已写入文件：{0}（未打印，请用有打印机的电脑打印此文件）",
        en:
            "No printer is available; the document was written to the file {0} (not printed: print this file from a computer with a printer)"
    )
    public static let printFailedWrittenToFile = Phrase(
        "deskThird.printFailedWrittenToFile",
        zh: "打印失败（{0}），文书已写入文件：{1}（未打印，请用有打印机的电脑打印此文件）",
        en:
            "Printing failed ({0}); the document was written to the file {1} (not printed: print this file from a computer with a printer)"
    )
    public static let noLpWrittenToFile = Phrase(
        "deskThird.noLpWrittenToFile",
        zh: "找不到打印命令 lp（未安装 CUPS 客户端 cups-client），文书已写入文件：{0}（未打印，请用有打印机的电脑打印此文件）",
        en:
            "The print command lp is not installed (CUPS's cups-client); the document was written to the file {0} (not printed: print this file from a computer with a printer)"
    )
    /// Before a merged violation's level and fine in a proposal's form.
    public static let mergedViolation = Phrase("deskThird.mergedViolation", zh: "并案 {0}（{1}）", en: "Merged {0} ({1}): ")

    public static var all: [Phrase] {
        [
            noPrinterWrittenToFile, printFailedWrittenToFile, noLpWrittenToFile, mergedViolation,
        ]
    }
}
