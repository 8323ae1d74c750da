/// Phrases of the storage layer: what happened to the database and what to do about it.
public enum StoragePhrases {
    public static let notFound = Phrase("storage.notFound", zh: "数据库文件 {0} 不存在；请先运行 powerdesk init 创建，或用 --db 指定正确的路径", en: "database {0} does not exist; create it with powerdesk init, or give the right path with --db")
    public static let alreadyExists = Phrase("storage.alreadyExists", zh: "{0} 已经存在；为避免覆盖已有数据，请换一个路径或先备份后删除", en: "{0} already exists; to avoid overwriting data, choose another path or back it up and remove it first")
    public static let notADatabase = Phrase("storage.notADatabase", zh: "{0} 不是 PowerDesk 数据库（也不是 SQLite 文件）；请检查 --db 路径，文件未作任何改动", en: "{0} is not a PowerDesk database (not even SQLite); check --db; the file was left untouched")
    public static let corrupted = Phrase("storage.corrupted", zh: "数据库 {0} 已损坏；请停止使用并从最近的备份恢复（powerdesk backup 生成的副本），文件未作任何改动", en: "database {0} is corrupted; stop using it and restore the latest backup; the file was left untouched")
    public static let newerVersion = Phrase("storage.newerVersion", zh: "数据库 {0} 由更新版本的 PowerDesk 写入（含本版本不认识的结构 {1}）；请升级 PowerDesk 后再打开", en: "database {0} was written by a newer PowerDesk (unknown schema {1}); upgrade PowerDesk to open it")
    public static let readOnly = Phrase("storage.readOnly", zh: "无法写入 {0}：文件或目录是只读的；请检查权限或换一个可写的位置", en: "cannot write {0}: the file or directory is read-only; check permissions or use a writable location")
    public static let cannotOpen = Phrase("storage.cannotOpen", zh: "无法打开 {0}：{1}", en: "cannot open {0}: {1}")
    public static let diskFull = Phrase("storage.diskFull", zh: "磁盘已满，本次操作未保存，已有数据完好；请清理磁盘空间后重试", en: "the disk is full; this operation was not saved and existing data is intact; free some space and retry")
    public static let busy = Phrase("storage.busy", zh: "数据库正被其他人长时间占用，本次操作未保存；请稍后重试", en: "the database is busy for too long; this operation was not saved; retry shortly")
    public static let conflict = Phrase("storage.conflict", zh: "此办件已被他人处理，请刷新后再操作", en: "this case has been changed by someone else; refresh and try again")
    public static let unknownCase = Phrase("storage.unknownCase", zh: "没有流水号为 {0} 的办件", en: "no case with serial number {0}")
    public static let badLogin = Phrase("storage.badLogin", zh: "用户名或密码不正确", en: "wrong user name or password")
    public static let accountLocked = Phrase("storage.accountLocked", zh: "连续输错密码次数过多，账号已锁定，请 {0} 分钟后再试或联系管理员", en: "too many wrong passwords; the account is locked; try again in {0} minutes or ask an admin")
    public static let accountDisabled = Phrase("storage.accountDisabled", zh: "账号已停用，请联系管理员", en: "the account is disabled; ask an admin")
    public static let userExists = Phrase("storage.userExists", zh: "用户 {0} 已存在", en: "user {0} already exists")
    public static let badUserName = Phrase("storage.badUserName", zh: "用户名“{0}”无效：只能用字母、数字、点、横线和下划线，1 到 32 个字符", en: "user name \"{0}\" is not valid: letters, digits, dot, dash and underscore, 1 to 32 characters")
    public static let weakPassword = Phrase("storage.weakPassword", zh: "密码太短：至少 {0} 个字符", en: "the password is too short: at least {0} characters")
    public static let fixedClockNotAllowed = Phrase("storage.fixedClockNotAllowed", zh: "正式数据库不能使用固定时钟；固定时钟只用于演示或培训数据库", en: "a production database cannot use a fixed clock; that is for demo or training databases only")
    public static let noActiveDefinitions = Phrase("storage.noActiveDefinitions", zh: "数据库中没有生效的事项定义；请重新初始化或由管理员导入", en: "the database has no definitions in force; initialise it again or have an admin import them")
    public static let definitionsInvalid = Phrase("storage.definitionsInvalid", zh: "事项定义有 {0} 个错误，未写入数据库；请先运行 powerdesk flows validate 修正", en: "the definitions have {0} errors and were not stored; run powerdesk flows validate and fix them")
    public static let unknownVersion = Phrase("storage.unknownVersion", zh: "定义版本 {0} 不存在", en: "definition version {0} does not exist")
    public static let attachmentTooLarge = Phrase("storage.attachmentTooLarge", zh: "附件大小 {0} 字节，超过上限 {1} 字节；请压缩或拆分后再上传", en: "the attachment is {0} bytes, over the limit of {1}; compress or split it")
    public static let attachmentEmpty = Phrase("storage.attachmentEmpty", zh: "附件是空文件", en: "the attachment is empty")
    public static let auditOK = Phrase("storage.auditOK", zh: "审计链完好：{0} 条记录，链头 {1}", en: "audit trail intact: {0} records, head {1}")
    public static let auditBroken = Phrase("storage.auditBroken", zh: "审计链在第 {0} 条记录处被破坏：{1}", en: "the audit trail is broken at record {0}: {1}")
    public static let auditHashMismatch = Phrase("storage.audit.hashMismatch", zh: "记录内容与其哈希不符（被修改）", en: "the record does not match its hash (changed)")
    public static let auditLinkMismatch = Phrase("storage.audit.linkMismatch", zh: "与前一条记录的链接不符（前面的记录被删除、插入或调换）", en: "the link to the previous record does not match (a record before it was deleted, inserted or swapped)")
    public static let auditGap = Phrase("storage.audit.gap", zh: "序号不连续，应为 {0}（有记录被删除）", en: "the sequence jumps; {0} was expected (a record was deleted)")
    public static let auditHeadMismatch = Phrase("storage.audit.headMismatch", zh: "链尾与数据库记录的链头不符（最后的记录被删除或改动）", en: "the end of the chain does not match the recorded head (the last records were deleted or changed)")
    public static let auditEventMissing = Phrase("storage.audit.eventMissing", zh: "办件 {0} 的第 {1} 个事件没有对应的审计记录或内容不一致（办件记录被改动）", en: "event {1} of case {0} has no matching audit record (the case record was changed)")
    public static let auditEventDeleted = Phrase("storage.audit.eventDeleted", zh: "审计记录所指的办件 {0} 第 {1} 个事件已不存在（办件记录被删除）", en: "event {1} of case {0}, named by the audit trail, is gone (a case record was deleted)")
    public static let auditStateMismatch = Phrase("storage.audit.stateMismatch", zh: "办件 {0} 的当前状态与其事件记录不符（状态被改动）", en: "the state of case {0} does not match its events (the state was changed)")
    public static let auditPostsMismatch = Phrase("storage.audit.postsMismatch", zh: "用户 {0} 的岗位与审计记录不符（岗位被直接改动）", en: "the posts of user {0} do not match the audit trail (changed directly)")
    public static let unknownOfficer = Phrase("storage.unknownOfficer", zh: "协办人员“{0}”不是本系统的用户；请填写同事的用户名", en: "fellow officer \"{0}\" is not a user of this system; give a colleague's user name")
    public static let backupDirectoryMissing = Phrase("storage.backupDirectoryMissing", zh: "目录 {0} 不存在；请先创建或换一个位置", en: "directory {0} does not exist; create it or choose another place")
    public static let badGroup = Phrase("storage.badGroup", zh: "无法把数据库文件的用户组设为“{0}”；请确认该组存在且您有权使用，数据库未创建", en: "cannot give the database file to group \"{0}\"; check that the group exists and you may use it; nothing was created")
    public static let auditDocumentGap = Phrase("storage.audit.documentGap", zh: "{1}年“{0}”文书的编号不连续（文书记录被删除或添加）", en: "the {1} numbers of document \"{0}\" are not consecutive (a document record was deleted or added)")
    public static let backupDone = Phrase("storage.backupDone", zh: "已备份到 {0}，并已打开副本核对：{1} 个办件，审计链 {2} 条记录完好", en: "backed up to {0} and checked by opening the copy: {1} cases, {2} audit records intact")
    public static let backupCheckFailed = Phrase("storage.backupCheckFailed", zh: "备份副本 {0} 核对未通过：{1}；请勿使用该副本", en: "the backup {0} failed its check: {1}; do not rely on it")
    public static let unexpected = Phrase("storage.unexpected", zh: "数据库出错，本次操作未保存：{0}", en: "database error; this operation was not saved: {0}")
    public static let badBatchLine = Phrase("storage.badBatchLine", zh: "第 {0} 行不是有效的 JSON 操作：{1}", en: "line {0} is not a valid JSON operation: {1}")

    public static let notDurable = Phrase("storage.notDurable", zh: "无法保证 {0} 的写入落盘（synchronous = {1}，应为 2）；为免断电丢失已办理的操作，未打开数据库，请联系管理员", en: "cannot make writes to {0} durable (synchronous = {1}, expected 2); the database was not opened, so no acknowledged operation can be lost in a power cut; contact the administrator")

    public static let auditTimeBackwards = Phrase("storage.audit.timeBackwards", zh: "此记录的时间早于前一条记录（时钟被拨回，或记录被改动）", en: "this record is dated before the one before it (the clock was set back, or the record was changed)")

    public static let createCheckFailed = Phrase("storage.createCheckFailed", zh: "新建的数据库 {0} 核对未通过：{1}；未创建该文件", en: "the new database {0} failed its check: {1}; the file was not created")

    public static let badCertificateNumber = Phrase("storage.badCertificateNumber", zh: "执法证件号“{0}”无效：须为1至32位字母、数字或连字符", en: "the certificate number \"{0}\" is not valid: 1 to 32 letters, digits or hyphens")
    public static let userCertified = Phrase("storage.userCertified", zh: "已登记用户 {0} 的执法证件 {1}，有效期至 {2}", en: "recorded user {0}'s enforcement certificate {1}, valid until {2}")
    public static let unknownUser = Phrase("storage.unknownUser", zh: "没有用户 {0}", en: "there is no user {0}")
    public static let userNotLocked = Phrase("storage.userNotLocked", zh: "用户 {0} 没有被锁定，也没有输错密码的记录，无需解锁", en: "user {0} is not locked and has no failed sign-ins; nothing to unlock")
    public static let userUnlocked = Phrase("storage.userUnlocked", zh: "已为用户 {0} 解除锁定", en: "user {0} is unlocked")

    public static let auditCompiledMismatch = Phrase("storage.audit.compiledMismatch", zh: "第 {0} 版事项定义的编译结果与其定义文件不符（编译结果被改动）", en: "the compiled form of definitions version {0} does not match its files (it was changed)")

    public static let requestReused = Phrase("storage.requestReused", zh: "请求编号 {0} 已用于另一项不同的操作，本次未执行；重发同一操作请用原内容，新操作请换一个新编号", en: "request id {0} was already used for a different operation; nothing was done; resend the same operation unchanged, or use a new id for a new one")

    public static let auditKindChanged = Phrase("storage.audit.kindChanged", zh: "数据库建立时为 {0} 库，此后其类型被改动", en: "the database was created as a {0} database and its kind was changed since")
    public static let kindChanged = Phrase("storage.kindChanged", zh: "{0} 建立时为 {1} 库，其类型已被改动，拒绝打开；请运行 powerdesk audit verify 并联系管理员", en: "{0} was created as a {1} database and its kind has been changed; it is not opened; run powerdesk audit verify and contact the administrator")

    public static let auditAnchorMismatch = Phrase("storage.audit.anchorMismatch", zh: "此记录与 {0} 写在库外的锚点不符（审计链在那之后被改写）", en: "this record does not match the anchor written outside the database at {0} (the chain was rewritten since)")
    public static let auditShorterThanAnchor = Phrase("storage.audit.shorterThanAnchor", zh: "审计链只剩 {0} 条记录，比 {2} 写在库外的锚点（第 {1} 条）短：其后的记录已不存在", en: "the chain has only {0} records, fewer than the anchor written outside the database at {2} (record {1}): the records after it are gone")

    public static let auditSecretMismatch = Phrase("storage.audit.secretMismatch", zh: "用户 {0} 的密码与审计记录不符（密码被绕过系统改动）", en: "user {0}'s password does not match the audit trail (it was changed behind the system's back)")

    public static let all: [Phrase] = [
        auditSecretMismatch,
        auditAnchorMismatch, auditShorterThanAnchor,
        notDurable, auditTimeBackwards, auditCompiledMismatch, requestReused, auditKindChanged, kindChanged,
        unknownUser, userNotLocked, userUnlocked, badCertificateNumber, userCertified,
        createCheckFailed,
        notFound, alreadyExists, notADatabase, corrupted, newerVersion, readOnly, cannotOpen, diskFull, busy, conflict,
        unknownCase, badLogin, accountLocked, accountDisabled, userExists, badUserName, weakPassword, fixedClockNotAllowed,
        noActiveDefinitions, definitionsInvalid, unknownVersion, attachmentTooLarge, attachmentEmpty, auditOK, auditBroken,
        auditHashMismatch, auditLinkMismatch, auditGap, auditHeadMismatch, auditEventMissing, auditEventDeleted,
        auditStateMismatch, auditPostsMismatch, unknownOfficer, backupDirectoryMissing, badGroup, auditDocumentGap, backupDone, backupCheckFailed, unexpected, badBatchLine,
    ]
}
