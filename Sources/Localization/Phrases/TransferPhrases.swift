/// Phrases of sending a case file to the clerk's PC through the terminal (ZMODEM, issue 18).
public enum TransferPhrases {
    public static let keySend = Phrase("transfer.keySend", zh: "ZMODEM 发送到本机", en: "send to this PC by ZMODEM")
    public static let sendOnlyFiled = Phrase("transfer.sendOnlyFiled", zh: "只能发送已归档的附件；待归档文件请先按 a 归档", en: "only filed files are sent; file a waiting one first with a")
    public static let senderMissing = Phrase(
        "transfer.senderMissing", zh: "服务器上没有 {0}（lrzsz）：请管理员安装 lrzsz，或按 o 导出到发件夹",
        en: "{0} (lrzsz) is not on the server: ask the administrator to install lrzsz, or export with o")
    public static let sent = Phrase("transfer.sent", zh: "已通过 ZMODEM 发送 {0}", en: "{0} sent by ZMODEM")
    public static let sendFailed = Phrase(
        "transfer.sendFailed", zh: "未能发送 {0}：终端没有接收（需要 Xshell、SecureCRT 等支持 ZMODEM 的终端），可按 o 导出到发件夹",
        en: "{0} was not sent: the terminal did not receive it (it needs a ZMODEM terminal such as Xshell or SecureCRT); export with o instead")

    public static let all: [Phrase] = [keySend, sendOnlyFiled, senderMissing, sent, sendFailed]
}
