/// Phrases of the outgoing feed (issue 17): the outbox, `powerdesk feed run` and `feed status`.
public enum FeedPhrases {
    public static let outboxGap = Phrase("feed.outboxGap",
        zh: "发件箱序号不连续：缺第 {0} 条（有记录被删除）",
        en: "the outbox sequence has a gap: record {0} is missing (a record was deleted)")
    public static let outboxChanged = Phrase("feed.outboxChanged",
        zh: "发件箱第 {0} 条记录与其哈希或前一条的链接不符（被修改、插入或调换）",
        en: "outbox record {0} does not match its hash or the link to the one before (changed, inserted or swapped)")
    public static let noTargets = Phrase("feed.noTargets",
        zh: "配置文件中没有报送目标（feed:）；请在 {0} 的 feed: 下为每个目标写 kind（postgres 或 directory）及 conninfo、passfile 或 path",
        en: "the configuration has no feed targets (feed:); under feed: in {0} give each target a kind (postgres or directory) and conninfo, passfile or path")
    public static let unknownTarget = Phrase("feed.unknownTarget",
        zh: "没有名为“{0}”的报送目标；已配置：{1}",
        en: "no feed target named \"{0}\"; configured: {1}")
    public static let targetInvalid = Phrase("feed.targetInvalid",
        zh: "报送目标“{0}”的配置有误：{1}",
        en: "the feed target \"{0}\" is misconfigured: {1}")
    public static let targetNotMapping = Phrase("feed.targetNotMapping",
        zh: "feed: 下每个目标应为“名称:”之下的设置映射（kind、conninfo、passfile、path 等）",
        en: "each target under feed: must be a mapping of settings under its name (kind, conninfo, passfile, path…)")
    public static let targetUnknownKey = Phrase("feed.targetUnknownKey",
        zh: "未知的设置“{0}”；可用：{1}",
        en: "unknown setting \"{0}\"; known: {1}")
    public static let targetUnknownKind = Phrase("feed.targetUnknownKind",
        zh: "kind 应为 postgres 或 directory，而不是“{0}”",
        en: "kind must be postgres or directory, not \"{0}\"")
    public static let targetMissing = Phrase("feed.targetMissing",
        zh: "缺少设置“{0}”",
        en: "the setting \"{0}\" is missing")
    public static let passwordInConninfo = Phrase("feed.passwordInConninfo",
        zh: "conninfo 中不得写口令（会出现在配置与日志中）；请把口令放在 passfile 指定的口令文件（格式同 ~/.pgpass，权限 0600）",
        en: "conninfo must not carry a password (it would show in the configuration and logs); put it in the file passfile names (~/.pgpass format, mode 0600)")
    public static let notANumber = Phrase("feed.notANumber",
        zh: "设置“{0}”应为 {1} 到 {2} 之间的整数",
        en: "the setting \"{0}\" must be a whole number from {1} to {2}")

    public static let delivered = Phrase("feed.delivered",
        zh: "{0}：已送达至第 {1} 条（本次 {2} 条，用时 {3} 秒）",
        en: "{0}: delivered up to record {1} ({2} this run, {3} s)")
    public static let nothingToDeliver = Phrase("feed.nothingToDeliver",
        zh: "{0}：无新记录（已送达至第 {1} 条）",
        en: "{0}: nothing new (delivered up to record {1})")
    public static let parked = Phrase("feed.parked",
        zh: "{0}：第 {1} 条记录被目标拒收，已搁置（其余照常报送）：{2}",
        en: "{0}: record {1} was refused by the target and parked (the rest go on): {2}")
    public static let unparked = Phrase("feed.unparked",
        zh: "{0}：搁置的第 {1} 条记录重试成功",
        en: "{0}: parked record {1} was delivered on retry")
    public static let failed = Phrase("feed.failed",
        zh: "{0}：报送失败，未送出的记录保留在发件箱，下次运行重试：{1}",
        en: "{0}: delivery failed; the records not delivered stay in the outbox and are retried next run: {1}")
    public static let retrying = Phrase("feed.retrying",
        zh: "{0}：{1}；{2} 秒后重试（第 {3} 次）",
        en: "{0}: {1}; retrying in {2} s (attempt {3})")
    public static let connectFailed = Phrase("feed.connectFailed",
        zh: "无法连接前置库（{0}）：{1}。请检查目标是否运行、conninfo 与口令文件是否正确",
        en: "cannot connect to the exchange database ({0}): {1}. Check that it is running and that conninfo and the password file are right")
    public static let authenticationFailed = Phrase("feed.authenticationFailed",
        zh: "前置库拒绝登录（用户名或口令错误）：{0}。请检查 passfile 指定的口令文件",
        en: "the exchange database refused the login (wrong user or password): {0}. Check the password file passfile names")
    public static let targetError = Phrase("feed.targetError",
        zh: "前置库出错（{0}）：{1}",
        en: "the exchange database failed ({0}): {1}")
    public static let connectionLost = Phrase("feed.connectionLost",
        zh: "与前置库的连接中断：{0}",
        en: "the connection to the exchange database was lost: {0}")
    public static let timedOut = Phrase("feed.timedOut",
        zh: "前置库在 {0} 秒内未响应，已放弃本批",
        en: "the exchange database did not answer within {0} s; the batch was abandoned")
    public static let directoryFailed = Phrase("feed.directoryFailed",
        zh: "无法写入交换目录 {0}：{1}",
        en: "cannot write the exchange directory {0}: {1}")
    public static let directoryFull = Phrase("feed.directoryFull",
        zh: "交换目录 {0} 所在磁盘已满；已写入的批次完好，请清理空间后重试",
        en: "the disk of the exchange directory {0} is full; the batches already written are intact; free space and retry")
    public static let manifestBroken = Phrase("feed.manifestBroken",
        zh: "交换目录中第 {0} 批的清单无法读取或与文件不符；请勿手工修改交换目录",
        en: "the manifest of batch {0} in the exchange directory cannot be read or does not match its file; do not edit the exchange directory by hand")
    public static let outboxBehindTarget = Phrase("feed.outboxBehindTarget",
        zh: "目标已确认第 {0} 条，而本库发件箱只到第 {1} 条：目标属于另一数据库或本库被从旧备份恢复；请核对后再报送",
        en: "the target acknowledged record {0} but this outbox ends at {1}: the target belongs to another database or this one was restored from an older backup; check before delivering")

    public static let statusHeader = Phrase("feed.statusHeader",
        zh: "目标  类型  已送达  滞后条数  滞后小时  搁置  最近错误",
        en: "target  kind  delivered  lag (records)  lag (hours)  parked  last error")
    public static let statusLine = Phrase("feed.statusLine",
        zh: "{0}  {1}  {2}  {3}  {4}  {5}  {6}",
        en: "{0}  {1}  {2}  {3}  {4}  {5}  {6}")
    public static let statusOverdue = Phrase("feed.statusOverdue",
        zh: "{0}：滞后超过 {1} 小时（R21 要求至少每 24 小时报送一次）",
        en: "{0}: more than {1} hours behind (R21 asks for delivery at least every 24 hours)")
    public static let statusParkedLine = Phrase("feed.statusParkedLine",
        zh: "  搁置 第 {0} 条（{1} {2}）：{3}",
        en: "  parked record {0} ({1} {2}): {3}")
    public static let none = Phrase("feed.none", zh: "无", en: "none")

    public static let backupTarget = Phrase("feed.backupTarget",
        zh: "请给出备份文件路径，或用 --into 目录 写入带日期的备份并轮换（二者选一）",
        en: "give the backup's path, or --into DIR for a dated backup with rotation (one of the two)")
    public static let backupKeep = Phrase("feed.backupKeep",
        zh: "--keep-daily、--keep-monthly、--keep-yearly 至少为 1",
        en: "--keep-daily, --keep-monthly and --keep-yearly must be at least 1")
    public static let backupRemoved = Phrase("feed.backupRemoved",
        zh: "按轮换规则删除旧备份 {0}",
        en: "removed the old backup {0} by the rotation")
    public static let backupNotRemoved = Phrase("feed.backupNotRemoved",
        zh: "无法删除旧备份 {0}：{1}；新备份已写好并核对",
        en: "cannot remove the old backup {0}: {1}; the new backup was written and checked")

    public static let all: [Phrase] = [
        outboxGap, outboxChanged, noTargets, unknownTarget, targetInvalid, targetNotMapping, targetUnknownKey, targetUnknownKind,
        targetMissing, passwordInConninfo, notANumber, delivered, nothingToDeliver, parked, unparked, failed, retrying,
        connectFailed, authenticationFailed, targetError, connectionLost, timedOut, directoryFailed, directoryFull, manifestBroken,
        outboxBehindTarget, statusHeader, statusLine, statusOverdue, statusParkedLine, none,
        backupTarget, backupKeep, backupRemoved, backupNotRemoved,
    ]
}
