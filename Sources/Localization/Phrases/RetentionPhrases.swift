/// Phrases of retention (issue 17): `powerdesk restore` and the yearly archives.
public enum RetentionPhrases {
    public static let restoreMissing = Phrase("retention.restoreMissing",
        zh: "找不到备份文件 {0}；请给出 powerdesk backup 写下的副本（例如 /var/backups/powerdesk/powerdesk-20260316-090000.sqlite）",
        en: "the backup {0} was not found; name a copy written by powerdesk backup (such as /var/backups/powerdesk/powerdesk-20260316-090000.sqlite)")
    public static let restoreDamaged = Phrase("retention.restoreDamaged",
        zh: "备份 {0} 核对未通过：{1}。数据库未作任何更改；请换一个较早的备份",
        en: "the backup {0} failed its check: {1}. The database was not changed; choose an earlier backup")
    public static let restoreOtherDatabase = Phrase("retention.restoreOtherDatabase",
        zh: "备份 {0} 不是本数据库的副本（审计链的第一条记录不同）。数据库未作任何更改；确需用另一个数据库替换时加 --other-database",
        en: "the backup {0} is not a copy of this database (its audit chain starts differently). The database was not changed; add --other-database to replace it with another database on purpose")
    public static let restoreInUse = Phrase("retention.restoreInUse",
        zh: "数据库 {0} 正在被使用（有柜台或定时任务打开着它）。请先退出所有柜台并停止定时任务（systemctl stop 'powerdesk-*.timer'），再恢复；数据库未作任何更改",
        en: "the database {0} is in use (a desk or a timer job has it open). Quit every desk and stop the timers (systemctl stop 'powerdesk-*.timer'), then restore; the database was not changed")
    public static let restoreChecked = Phrase("retention.restoreChecked",
        zh: "备份 {0} 已核对：{1} 个办件，审计链 {2} 条记录完好，与库外 {3} 个锚点相符",
        en: "the backup {0} checked: {1} cases, {2} audit records intact, matching {3} anchors kept outside the database")
    public static let restoreBehindAnchor = Phrase("retention.restoreBehindAnchor",
        zh: "注意：库外锚点记到第 {0} 条审计记录（{1}），备份只到第 {2} 条；其后的操作不在备份中",
        en: "note: an anchor kept outside the database reaches audit record {0} ({1}); the backup ends at record {2}, so later operations are not in it")
    public static let restoreLoses = Phrase("retention.restoreLoses",
        zh: "注意：被替换的数据库有 {0} 条审计记录，备份只有 {1} 条；备份之后的操作只在旁存的旧文件中",
        en: "note: the database being replaced has {0} audit records, the backup {1}; operations after the backup are only in the old file set aside")
    public static let restoreDone = Phrase("retention.restoreDone",
        zh: "已用备份替换数据库 {0}（一步完成）；原文件保留为 {1}",
        en: "the database {0} was replaced by the backup in one step; the old file is kept as {1}")
    public static let restoreDoneFresh = Phrase("retention.restoreDoneFresh",
        zh: "已把备份恢复为数据库 {0}",
        en: "the backup was restored as the database {0}")
    public static let restoreFailed = Phrase("retention.restoreFailed",
        zh: "无法替换数据库 {0}：{1}；数据库未作任何更改",
        en: "cannot replace the database {0}: {1}; the database was not changed")

    public static let helpRestore = Phrase("retention.helpRestore",
        zh: "用备份替换数据库：先核对备份的审计链及库外锚点，损坏的备份拒绝；一步替换，原文件留在旁边。",
        en: "Replace the database with a backup: the backup's audit chain and the anchors kept outside are checked first and a damaged backup is refused; replaced in one step, the old file kept aside.")
    public static let helpRestoreBackup = Phrase("retention.helpRestoreBackup",
        zh: "要恢复的备份文件（powerdesk backup 写下的副本）。",
        en: "The backup to restore (a copy written by powerdesk backup).")
    public static let helpOtherDatabase = Phrase("retention.helpOtherDatabase",
        zh: "允许用另一个数据库的备份替换（审计链起点不同）。",
        en: "Allow a backup of another database (its audit chain starts differently).")

    public static let fileListTitle = Phrase("retention.fileListTitle", zh: "案卷附件清单", en: "Files of the case")
    public static let fileContentsTitle = Phrase("retention.fileContentsTitle", zh: "附件：", en: "File: ")
    public static let fileNotIncludedShort = Phrase("retention.fileNotIncludedShort", zh: "未收入", en: "not included")
    public static let fileNotIncluded = Phrase("retention.fileNotIncluded",
        zh: "未能收入本卷：{0}（SHA-256 {1}）：{2}",
        en: "could not be bound into this archive: {0} (SHA-256 {1}): {2}")
    public static let fileKindNotPrintable = Phrase("retention.fileKindNotPrintable",
        zh: "{0} 文件不能排为页面，原件保存在系统中（powerdesk files export 可导出）",
        en: "a {0} file cannot be laid out as pages; the original is kept in the system (powerdesk files export writes it out)")
    public static let fileUnreadable = Phrase("retention.fileUnreadable",
        zh: "文件无法读取为页面（{0}）",
        en: "the file could not be read as pages ({0})")
    public static let fileToolMissing = Phrase("retention.fileToolMissing",
        zh: "未安装 {0}（Debian 软件包 {1}），无法收入",
        en: "{0} is not installed (Debian package {1}), so it could not be bound")
    public static let fileMissing = Phrase("retention.fileMissing",
        zh: "系统中找不到该文件的内容",
        en: "the file's content is missing from the system")

    public static let all: [Phrase] = [
        fileListTitle, fileContentsTitle, fileNotIncludedShort, fileNotIncluded, fileKindNotPrintable, fileUnreadable, fileToolMissing, fileMissing,
        restoreMissing, restoreDamaged, restoreOtherDatabase, restoreInUse, restoreChecked, restoreBehindAnchor, restoreLoses,
        restoreDone, restoreDoneFresh, restoreFailed, helpRestore, helpRestoreBackup, helpOtherDatabase,
    ]
}
