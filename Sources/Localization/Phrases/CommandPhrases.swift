/// Phrases of the command line.
public enum CommandPhrases {
    public static let needsTerminal = Phrase("command.needsTerminal", zh: "办公桌面需要在终端中运行（标准输入和输出都须是终端）；脚本请用 powerdesk batch", en: "the desk needs a terminal (standard input and output); scripts use powerdesk batch")
    public static let validateFailed = Phrase("command.validateFailed", zh: "校验未通过：{0} 个错误，{1} 个警告", en: "validation failed: {0} errors, {1} warnings")
    public static let validateOK = Phrase("command.validateOK", zh: "校验通过：{0} 个文件，{1} 个事项，{2} 个警告", en: "valid: {0} files, {1} items, {2} warnings")
    public static let installedInvalid = Phrase("command.installedInvalid", zh: "已安装的定义（{0}）有错误，请先运行 powerdesk flows validate 修正", en: "the installed definitions ({0}) have errors; run powerdesk flows validate and fix them")
    public static let unknownItem = Phrase("command.unknownItem", zh: "没有编码为 {0} 的事项；用 powerdesk flows list 查看全部事项", en: "no item with code {0}; see powerdesk flows list")
    public static let unknownProcedure = Phrase("command.unknownProcedure", zh: "事项 {1} 不使用程序“{0}”", en: "item {1} does not use procedure \"{0}\"")
    public static let showKind = Phrase("command.show.kind", zh: "类别：{0}　承办机构：{1}", en: "kind: {0}   section: {1}")
    public static let showBasis = Phrase("command.show.basis", zh: "行使依据：{0}", en: "legal basis: {0}")
    public static let showProcedure = Phrase("command.show.procedure", zh: "程序：{0}（{1}）", en: "procedure: {0} ({1})")
    public static let showStatutory = Phrase("command.show.statutory", zh: "法定期限：{0}", en: "statutory limit: {0}")
    public static let showPromised = Phrase("command.show.promised", zh: "承诺期限：{0}", en: "promised limit: {0}")
    public static let showUnconfirmed = Phrase("command.show.unconfirmed", zh: "待确认：{0}", en: "unconfirmed: {0}")
    public static let showPost = Phrase("command.show.post", zh: "岗位：{0}", en: "post: {0}")
    public static let showStepLimit = Phrase("command.show.stepLimit", zh: "时限：{0}", en: "limit: {0}")
    public static let showPaused = Phrase("command.show.paused", zh: "（不计入期限）", en: "(not counted)")
    public static let showDocuments = Phrase("command.show.documents", zh: "文书：{0}", en: "documents: {0}")
    public static let noSchedules = Phrase("command.noSchedules", zh: "在 {0} 中没有找到可用的节假日安排；请用 --calendar 指定目录", en: "no usable holiday schedule in {0}; give the directory with --calendar")
    public static let badDate = Phrase("command.badDate", zh: "日期“{0}”无效；请写成 YYYY-MM-DD，如 2026-03-16", en: "\"{0}\" is not a date; write YYYY-MM-DD, e.g. 2026-03-16")
    public static let badUnit = Phrase("command.badUnit", zh: "单位“{0}”无效；请用 workday（工作日）或 day（自然日）", en: "unit \"{0}\" is not known; use workday or day")
    public static let badCount = Phrase("command.badCount", zh: "天数 {0} 超出范围；请填 0 到 3650", en: "count {0} is out of range; use 0 to 3650")
    public static let badKind = Phrase("command.badKind", zh: "证件类型“{0}”无效；可选：{1}", en: "kind \"{0}\" is not known; choose one of: {1}")
    public static let residentDetails = Phrase("command.residentDetails", zh: "出生日期 {0}，{1}，地区码 {2}", en: "born {0}, {1}, area {2}")
    public static let creditDetails = Phrase("command.creditDetails", zh: "登记管理部门：{0}，地区码 {1}", en: "registered by: {0}, area {1}")

    public static let passwordFileUnreadable = Phrase("command.passwordFileUnreadable", zh: "无法读取密码文件 {0}", en: "cannot read the password file {0}")
    public static let passwordMissing = Phrase("command.passwordMissing", zh: "请用 --password-file 指定密码文件，或设置环境变量 POWERDESK_PASSWORD", en: "give the password with --password-file or $POWERDESK_PASSWORD")
    public static let initDone = Phrase("command.initDone", zh: "已创建数据库 {0}，管理员账号 {1}", en: "created database {0}, administrator {1}")
    public static let initDemoDone = Phrase("command.initDemoDone", zh: "已创建演示数据库 {0}（固定时钟 2026-03-16 09:00，{1} 个示例办件）。演示账号：", en: "created demo database {0} (fixed clock 2026-03-16 09:00, {1} sample cases). Demo accounts:")
    public static let passwordIs = Phrase("command.passwordIs", zh: "密码 {0}", en: "password {0}")
    public static let batchFileUnreadable = Phrase("command.batchFileUnreadable", zh: "无法读取批处理文件 {0}", en: "cannot read the batch file {0}")
    public static let batchUnknownOp = Phrase("command.batchUnknownOp", zh: "未知的操作“{0}”；可用：open、act、materials、facts、party、attach", en: "unknown op \"{0}\"; use open, act, materials, facts, party or attach")
    public static let batchMissingField = Phrase("command.batchMissingField", zh: "缺少字段“{0}”", en: "field \"{0}\" is missing")
    public static let batchBadValue = Phrase("command.batchBadValue", zh: "字段“{0}”的值“{1}”无效", en: "field \"{0}\" has an invalid value \"{1}\"")

    public static let docReplaced = Phrase("command.docReplaced", zh: "已被{0}更正替代", en: "replaced by document {0}")
    public static let docPrinted = Phrase("command.docPrinted", zh: "已打印{0}次", en: "printed {0} times")
    public static let docWritten = Phrase("command.docWritten", zh: "已写入 {0}（{1} 字节）", en: "wrote {0} ({1} bytes)")
    public static let docCorrected = Phrase("command.docCorrected", zh: "已出具更正文书 {1}（编号 {2}），替代 {0}", en: "issued the correction {1} (id {2}), replacing {0}")

    public static let batchLineTooLong = Phrase("command.batchLineTooLong", zh: "第 {0} 行超过 {1} MiB 的长度上限，未执行", en: "line {0} is longer than the limit of {1} MiB and was not run")
    public static let batchLineNotUTF8 = Phrase("command.batchLineNotUTF8", zh: "第 {0} 行不是有效的 UTF-8 文本，未执行；请把文件转成 UTF-8 再提交", en: "line {0} is not valid UTF-8 and was not run; convert the file to UTF-8")
    public static let passwordFileTooLarge = Phrase("command.passwordFileTooLarge", zh: "密码文件 {0} 超过 {1} 字节，不像是密码文件；请检查 --password-file", en: "the password file {0} is longer than {1} bytes, so it is not a password file; check --password-file")

    public static let outputIsDatabase = Phrase("command.outputIsDatabase", zh: "{0} 是数据库文件（或其日志文件），不能写入；请换一个输出文件名", en: "{0} is the database (or one of its journal files) and is never written; choose another output file")
    public static let outputExists = Phrase("command.outputExists", zh: "文件 {0} 已存在，未写入；要覆盖请加 --force", en: "{0} already exists and was not written; add --force to replace it")

    public static let anchorWritten = Phrase("command.anchorWritten", zh: "已将审计链头（第 {0} 条记录，{1}…）写到库外：{2}", en: "the audit chain's head (record {0}, {1}…) was written outside the database: {2}")
    public static let anchorUnwritable = Phrase("command.anchorUnwritable", zh: "无法写入锚点记录 {0}：{1}；请检查该文件的权限（应由 root 写入）", en: "cannot write the anchor log {0}: {1}; check its permissions (root writes it)")
    public static let anchorsChecked = Phrase("command.anchorsChecked", zh: "已与库外的 {0} 个锚点核对：{1}", en: "checked against {0} anchors outside the database: {1}")
    public static let anchorsNone = Phrase("command.anchorsNone", zh: "没有找到本库的库外锚点（{0}）：只核对了库内的链；用 powerdesk audit anchor 写锚点", en: "no anchor of this database found outside it ({0}): only the chain inside was checked; write anchors with powerdesk audit anchor")

    public static let all: [Phrase] = [
        anchorWritten, anchorUnwritable, anchorsChecked, anchorsNone,
        outputIsDatabase, outputExists,
        batchLineTooLong, batchLineNotUTF8, passwordFileTooLarge,
        docReplaced, docPrinted, docWritten, docCorrected,
        passwordFileUnreadable, passwordMissing, initDone, initDemoDone, passwordIs, batchFileUnreadable, batchUnknownOp,
        batchMissingField, batchBadValue,
        needsTerminal, validateFailed, validateOK, installedInvalid, unknownItem, unknownProcedure, showKind, showBasis,
        showProcedure, showStatutory, showPromised, showUnconfirmed, showPost, showStepLimit, showPaused, showDocuments,
        noSchedules, badDate, badUnit, badCount, badKind, residentDetails, creditDetails,
    ]
}
