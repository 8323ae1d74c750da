/// Phrases of `powerdesk archive` (issue 17, R22): moving concluded cases older than the
/// retention minimum into yearly archive files, and checking those files.
public enum ArchivePhrases {
    // MARK: Retention rule
    public static let retentionTooShort = Phrase("archive.retentionTooShort",
        zh: "保存期限设为 {0} 年，短于 R22 要求的至少 {1} 年（业务系统中的详细运行数据至少保存三年）；请把配置项 retention-years 改为 {1} 或更大",
        en: "the retention period is set to {0} years, shorter than the {1} years R22 requires (detailed run data stays in the business system at least three years); set retention-years to {1} or more")
    public static let retentionNotNumber = Phrase("archive.retentionNotNumber",
        zh: "配置项 retention-years 的值“{0}”不是整数年数；请写成例如 retention-years: 3",
        en: "the setting retention-years is \"{0}\", not a whole number of years; write it like retention-years: 3")
    public static let beforeTooLate = Phrase("archive.beforeTooLate",
        zh: "--before {0} 太晚：按 R22，{2} 年内办结的办件须留在业务系统中，今天（{1}）最晚只能归档 {3} 之前办结的办件；未作任何更改",
        en: "--before {0} is too late: under R22 cases concluded within {2} years stay in the business system, so today ({1}) only cases concluded before {3} may be archived; nothing was changed")
    public static let beforeInvalid = Phrase("archive.beforeInvalid",
        zh: "--before 的日期“{0}”无效；请写成 YYYY-MM-DD，例如 2022-01-01",
        en: "the date \"{0}\" given to --before is not valid; write it as YYYY-MM-DD, such as 2022-01-01")

    // MARK: Running
    public static let planned = Phrase("archive.planned",
        zh: "{0} 之前办结、已满保存期限（{1} 年）的办件共 {2} 件，将归入：{3}",
        en: "{2} cases concluded before {0} and past the retention period ({1} years) go to: {3}")
    public static let plannedFile = Phrase("archive.plannedFile", zh: "{0}（{1} 件）", en: "{0} ({1} cases)")
    public static let nothingToArchive = Phrase("archive.nothing",
        zh: "{0} 之前办结的办件中没有需要归档的（已归档的不再重复）",
        en: "no case concluded before {0} is left to archive (cases already archived are not moved again)")
    public static let dryRun = Phrase("archive.dryRun", zh: "试运行（--dry-run）：未作任何更改", en: "dry run (--dry-run): nothing was changed")
    public static let batchDone = Phrase("archive.batchDone",
        zh: "已归档 {0} 件到 {1}（核对一致，审计记录第 {2} 条）",
        en: "archived {0} cases into {1} (checked, audit record {2})")
    public static let done = Phrase("archive.done",
        zh: "归档完成：{0} 件，{1} 个事件、{2} 份文书、{3} 个附件移出主数据库，用时 {4} 秒",
        en: "archiving done: {0} cases; {1} events, {2} documents and {3} files moved out of the main database in {4} s")
    public static let copyMismatch = Phrase("archive.copyMismatch",
        zh: "归档文件 {0} 中办件 {1} 的副本与主数据库不符，主数据库未删除任何内容；请检查磁盘后重新运行 powerdesk archive",
        en: "the copy of case {1} in the archive file {0} does not match the main database, so nothing was removed from it; check the disk and run powerdesk archive again")
    public static let archiveOtherDatabase = Phrase("archive.otherDatabase",
        zh: "归档文件 {0} 属于另一个数据库（审计链起点不同）；请把它移走后重新运行",
        en: "the archive file {0} belongs to another database (its audit chain starts differently); move it away and run again")
    public static let archiveUnwritable = Phrase("archive.unwritable",
        zh: "无法写入归档文件 {0}：{1}；主数据库未删除任何内容",
        en: "cannot write the archive file {0}: {1}; nothing was removed from the main database")

    // MARK: Archived cases
    public static let archivedMark = Phrase("archive.mark", zh: "已归档", en: "archived")
    public static let archivedReadOnly = Phrase("archive.readOnly",
        zh: "办件 {0} 已归档（{1}），只能查阅，不能再办理或更改",
        en: "case {0} is archived ({1}); it can be read but no longer acted on or changed")
    public static let archivedIn = Phrase("archive.archivedIn",
        zh: "办件 {0} 已归档，只读；文书与附件在 {1}",
        en: "case {0} is archived, read-only; its documents and files are in {1}")
    public static let archiveMissing = Phrase("archive.missing",
        zh: "办件 {0} 已归档到 {1}，但找不到该文件；请从备份中恢复该归档文件",
        en: "case {0} was archived into {1}, but that file is missing; restore the archive file from a backup")

    // MARK: Verification
    public static let verifyMissing = Phrase("archive.verifyMissing",
        zh: "审计记录第 {0} 条所记的归档文件 {1} 不存在",
        en: "the archive file {1} named by audit record {0} does not exist")
    public static let verifyDigest = Phrase("archive.verifyDigest",
        zh: "归档文件 {1} 的内容与审计记录第 {0} 条所记的摘要不符（归档文件被改动或损坏）",
        en: "the content of the archive file {1} does not match the digest in audit record {0} (the archive was changed or damaged)")
    public static let verifyLink = Phrase("archive.verifyLink",
        zh: "归档文件 {1} 与主审计链的连接（第 {0} 条记录的哈希）不符",
        en: "the archive file {1} does not link to the main audit chain (the hash of record {0})")
    public static let verifyUnrecorded = Phrase("archive.verifyUnrecorded",
        zh: "办件 {0} 标为已归档，但没有任何归档审计记录包含它",
        en: "case {0} is marked archived, but no archive audit record includes it")
    public static let verifyEvents = Phrase("archive.verifyEvents",
        zh: "归档文件 {1} 中办件 {0} 的事件与主审计链不符",
        en: "the events of case {0} in the archive file {1} do not match the main audit chain")
    public static let verifyCaseRow = Phrase("archive.verifyCaseRow",
        zh: "办件 {0} 在主数据库中的记录与归档文件 {1} 中的不符",
        en: "the row of case {0} in the main database does not match the one in the archive file {1}")
    public static let verifyUnreadable = Phrase("archive.verifyUnreadable",
        zh: "归档文件 {0} 无法读取：{1}",
        en: "the archive file {0} cannot be read: {1}")

    // MARK: Help
    public static let helpArchive = Phrase("archive.helpArchive",
        zh: "把已办结且超过保存期限（至少三年，R22）的办件移入按年的归档文件；先复制并核对，再分批从主数据库移除，可中断后重跑。",
        en: "Move concluded cases past the retention period (at least three years, R22) into yearly archive files: copied and checked first, then removed from the main database in batches; safe to interrupt and run again.")
    public static let helpBefore = Phrase("archive.helpBefore",
        zh: "归档在此日期（YYYY-MM-DD）之前办结的办件。",
        en: "Archive the cases concluded before this date (YYYY-MM-DD).")
    public static let helpDryRun = Phrase("archive.helpDryRun",
        zh: "只列出将要归档的办件，不作任何更改。",
        en: "Only list what would be archived; change nothing.")
    public static let helpBatch = Phrase("archive.helpBatch",
        zh: "每个事务移除的办件数（默认 500）。",
        en: "Cases removed per transaction (500 by default).")

    public static let all: [Phrase] = [
        retentionTooShort, retentionNotNumber, beforeTooLate, beforeInvalid, planned, plannedFile, nothingToArchive, dryRun, batchDone, done,
        copyMismatch, archiveOtherDatabase, archiveUnwritable, archivedMark, archivedReadOnly, archivedIn, archiveMissing,
        verifyMissing, verifyDigest, verifyLink, verifyUnrecorded, verifyEvents, verifyCaseRow, verifyUnreadable,
        helpArchive, helpBefore, helpDryRun, helpBatch,
    ]
}
