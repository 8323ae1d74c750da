/// Help texts of the command line (ArgumentParser abstracts and option help), and the words
/// ArgumentParser itself prints (section titles, its usage errors) with their Chinese twins. The
/// English of a framework phrase is the framework's own text: `CommandHelpText` finds it in the
/// generated help and puts the Chinese in its place.
public enum HelpPhrases {
    public static let lang = Phrase("help.lang", zh: "消息语言：zh（默认）或 en。", en: "Language of messages: zh (default) or en.")
    public static let flows = Phrase("help.flows", zh: "流程定义目录（默认依次为：$POWERDESK_FLOWS、配置文件、安装目录或源码中的 Resources/flows）。", en: "Directory of flow definitions (default: $POWERDESK_FLOWS, the configuration, else the installed or checkout Resources/flows).")
    public static let calendar = Phrase("help.calendar", zh: "节假日安排目录（默认依次为：$POWERDESK_CALENDAR、配置文件、安装目录或源码中的 Resources/calendar）。", en: "Directory of holiday schedules (default: $POWERDESK_CALENDAR, the configuration, else the installed or checkout Resources/calendar).")
    public static let db = Phrase("help.db", zh: "数据库文件（默认依次为：$POWERDESK_DB、配置文件、$XDG_DATA_HOME/powerdesk/powerdesk.sqlite 或 ~/.local/share/powerdesk/powerdesk.sqlite）。", en: "Database file (default: $POWERDESK_DB, the configuration, else $XDG_DATA_HOME/powerdesk/powerdesk.sqlite or ~/.local/share/powerdesk/powerdesk.sqlite).")
    public static let benchDocuments = Phrase("help.benchDocuments", zh: "测量文书生成与 PDF 输出的速度。", en: "Benchmark document rendering and PDF output.")
    public static let rounds = Phrase("help.rounds", zh: "每项操作计时的次数。", en: "How many times to time each operation.")
    public static let audit = Phrase("help.audit", zh: "核验审计链，或把链头锚定到数据库之外。", en: "Check the audit trail, or anchor its head outside the database.")
    public static let auditVerify = Phrase("help.auditVerify", zh: "核验哈希链（对照库外锚点）、事件与案件状态。", en: "Verify the hash chain (against its anchors outside the database), the events and the case states.")
    public static let anchors = Phrase("help.anchors", zh: "用于核对的锚点日志（可重复；默认：配置的日志及系统日志）。", en: "An anchor log to check against (repeatable; default: the configured one, and the system journal).")
    public static let auditAnchor = Phrase("help.auditAnchor", zh: "把审计链的链头写到数据库之外。", en: "Write the audit chain's head outside the database.")
    public static let anchorLog = Phrase("help.anchorLog", zh: "追加写入的锚点日志（默认：配置的日志）。", en: "The anchor log to append to (default: the configured one).")
    public static let userUnlock = Phrase("help.userUnlock", zh: "解除用户因多次输错密码而被锁定的状态（管理员）。", en: "Lift a user's lock after repeated wrong passwords (admin).")
    public static let unlockName = Phrase("help.unlockName", zh: "要解锁的用户。", en: "The user to unlock.")
    public static let adminActing = Phrase("help.adminActing", zh: "执行操作的管理员。", en: "The administrator acting.")
    public static let passwordFile = Phrase("help.passwordFile", zh: "存放密码的文件（否则读取 $POWERDESK_PASSWORD）。", en: "File holding the password (else $POWERDESK_PASSWORD).")
    public static let benchDesk = Phrase("help.benchDesk", zh: "在大型演示数据库上测量办公桌面的速度。", en: "Benchmark the desk on a large demo database.")
    public static let benchCases = Phrase("help.benchCases", zh: "载入的案件数。", en: "How many cases to load.")
    public static let benchFrames = Phrase("help.benchFrames", zh: "每种操作计时的画面数。", en: "How many frames to time for each kind of move.")
    public static let docList = Phrase("help.docList", zh: "列出案件的文书。", en: "List a case's documents.")
    public static let caseExample = Phrase("help.caseExample", zh: "办件编号，例如 CF2026000003。", en: "The case number, e.g. CF2026000003.")
    public static let calendarCommand = Phrase("help.calendarCommand", zh: "按节假日安排计算期限和工作日。", en: "Due dates and working days on the holiday schedules.")
    public static let calendarDue = Phrase("help.calendarDue", zh: "输出“起算日 + N 个单位”的日期（YYYY-MM-DD）。", en: "Print START + N units as YYYY-MM-DD.")
    public static let startDate = Phrase("help.startDate", zh: "起算日，YYYY-MM-DD。", en: "Start date, YYYY-MM-DD.")
    public static let unitCount = Phrase("help.unitCount", zh: "单位数。", en: "Number of units.")
    public static let unit = Phrase("help.unit", zh: "workday（工作日，默认）或 day（自然日）。", en: "workday (default) or day.")
    public static let calendarWorkdays = Phrase("help.calendarWorkdays", zh: "计算 (FROM, TO] 之间的工作日数。", en: "Count working days in (FROM, TO].")
    public static let fromDate = Phrase("help.fromDate", zh: "开始日期，YYYY-MM-DD（不计入）。", en: "From date, YYYY-MM-DD (not counted).")
    public static let toDate = Phrase("help.toDate", zh: "结束日期，YYYY-MM-DD（计入）。", en: "To date, YYYY-MM-DD (counted).")
    public static let flowsShow = Phrase("help.flowsShow", zh: "以文本或 Graphviz DOT 显示事项的流程。", en: "Show an item's flow as text or Graphviz DOT.")
    public static let itemCode = Phrase("help.itemCode", zh: "事项编码，例如 320600-XK-001。", en: "Item code, e.g. 320600-XK-001.")
    public static let procedure = Phrase("help.procedure", zh: "事项有多个程序时的程序编码（默认：第一个）。", en: "Procedure code when the item has several (default: its first).")
    public static let dot = Phrase("help.dot", zh: "输出 Graphviz DOT 而不是文本。", en: "Print Graphviz DOT instead of text.")
    public static let docCorrect = Phrase("help.docCorrect", zh: "出具更正文书，替代原文书。", en: "Issue a correction that replaces a document.")
    public static let docReference = Phrase("help.docReference", zh: "文书编号或内部编号。", en: "The document's number or id.")
    public static let correctReason = Phrase("help.correctReason", zh: "更正理由（印在新文书上）。", en: "Why it is corrected (printed in the new document).")
    public static let correctAddress = Phrase("help.correctAddress", zh: "当事人的正确地址（地址有误时填写，案件中一并更正）。", en: "The party's right address, when that is the error (amended in the case too).")
    public static let userCorrecting = Phrase("help.userCorrecting", zh: "办理更正的用户。", en: "The user correcting.")
    public static let batch = Phrase("help.batch", zh: "执行 JSON Lines 格式的案件操作。", en: "Run JSON Lines of case operations.")
    public static let batchFile = Phrase("help.batchFile", zh: "JSON Lines 文件，或用 - 表示标准输入。", en: "A file of JSON Lines, or - for standard input.")
    public static let userActing = Phrase("help.userActing", zh: "办理人（用户名）。", en: "The user acting.")
    public static let party = Phrase("help.party", zh: "核验当事人证件号码。", en: "Check party identity numbers.")
    public static let flowsList = Phrase("help.flowsList", zh: "列出事项目录。", en: "List the items of the catalogue.")
    public static let format = Phrase("help.format", zh: "text（文本）或 json。", en: "text or json.")
    public static let desk = Phrase("help.desk", zh: "打开全屏办公桌面（默认）。", en: "Open the full-screen desk (the default).")
    public static let signInAs = Phrase("help.signInAs", zh: "以此用户登录。", en: "Sign in as this user.")
    public static let user = Phrase("help.user", zh: "用户账号：解锁、执法证。", en: "User accounts: unlock, enforcement certificates.")
    public static let configShow = Phrase("help.configShow", zh: "列出生效的各项设置及其来源。", en: "Print each setting in effect and its source.")
    public static let docPrint = Phrase("help.docPrint", zh: "打印文书（重印件标为副本）。", en: "Print a document (reprints are marked as copies).")
    public static let userPrinting = Phrase("help.userPrinting", zh: "打印人（用户名）。", en: "The user printing.")
    public static let docPDF = Phrase("help.docPDF", zh: "把文书写成 A4 PDF。", en: "Write a document as an A4 PDF.")
    public static let outputPDF = Phrase("help.outputPDF", zh: "要写入的 PDF 文件（不得已存在，除非用 --force）。", en: "The PDF file to write (must not exist, unless --force).")
    public static let force = Phrase("help.force", zh: "覆盖已存在的输出文件（绝不覆盖数据库）。", en: "Replace an existing output file (never the database).")
    public static let flowsValidate = Phrase("help.flowsValidate", zh: "校验定义文件或目录。", en: "Validate definition files or directories.")
    public static let validatePaths = Phrase("help.validatePaths", zh: "文件或目录（默认：已安装的定义）。", en: "Files or directories (default: the installed definitions).")
    public static let docShow = Phrase("help.docShow", zh: "输出文书正文。", en: "Print a document's text.")
    public static let docShowReference = Phrase("help.docShowReference", zh: "文书编号（如 通民宗罚决字〔2026〕1号）或内部编号。", en: "The document's number (as printed on it) or id.")
    public static let userCertify = Phrase("help.userCertify", zh: "登记用户的执法证（管理员）。", en: "Record a user's enforcement certificate (admin).")
    public static let certifyName = Phrase("help.certifyName", zh: "持证用户。", en: "The user holding the certificate.")
    public static let certificateNumber = Phrase("help.certificateNumber", zh: "执法证号。", en: "The certificate number.")
    public static let certificateUntil = Phrase("help.certificateUntil", zh: "有效期最后一天，YYYY-MM-DD。", en: "The last day it is valid, YYYY-MM-DD.")
    public static let doc = Phrase("help.doc", zh: "已出具的文书：列出、显示、PDF、打印、更正、归档。", en: "Issued documents: list, show, pdf, print, correct, archive.")
    public static let demo = Phrase("help.demo", zh: "在新建的演示数据库上打开办公桌面。", en: "Open the desk on a fresh demo database.")
    public static let demoUser = Phrase("help.demoUser", zh: "以此演示用户登录（clerk、handler、chief、legal、leader、admin、monitor）。", en: "Sign in as this demo user (clerk, handler, chief, legal, leader, admin, monitor).")
    public static let partyCheck = Phrase("help.partyCheck", zh: "核验身份证号、统一社会信用代码、组织机构代码、护照号或军官证号。", en: "Check an ID card, credit code, organisation code, passport or officer card number.")
    public static let numberAsTyped = Phrase("help.numberAsTyped", zh: "输入的号码。", en: "The number as typed.")
    public static let numberKind = Phrase("help.numberKind", zh: "residentID、creditCode、organizationCode、passport、foreignPassport 或 militaryOfficer（默认：自动判断）。", en: "residentID, creditCode, organizationCode, passport, foreignPassport or militaryOfficer (default: guessed).")
    public static let config = Phrase("help.config", zh: "显示生效的配置。", en: "Show the configuration in effect.")
    public static let flowsCommand = Phrase("help.flowsCommand", zh: "校验、列出和显示流程定义。", en: "Validate, list and show flow definitions.")
    public static let docArchive = Phrase("help.docArchive", zh: "把案件的全部案卷写成一个 PDF。", en: "Write a case's whole archive as one PDF.")
    public static let caseNumber = Phrase("help.caseNumber", zh: "办件编号。", en: "The case number.")
    public static let backup = Phrase("help.backup", zh: "把数据库备份到 PATH 并核验副本。", en: "Back up the database to PATH and verify the copy.")
    public static let backupPath = Phrase("help.backupPath", zh: "副本写到哪里（不得已存在）。", en: "Where to write the copy (must not exist).")
    public static let initCommand = Phrase("help.init", zh: "新建数据库。", en: "Create a database.")
    public static let initDemo = Phrase("help.initDemo", zh: "培训数据库：每个岗位一个账号（密码 demo）、示例案件、固定时钟。", en: "A training database: one account per post (password demo), sample cases, a fixed clock.")
    public static let initAdmin = Phrase("help.initAdmin", zh: "首个管理员的用户名（正式数据库）。", en: "The first administrator's user name (production databases).")
    public static let initPasswordFile = Phrase("help.initPasswordFile", zh: "存放管理员密码的文件（否则读取 $POWERDESK_PASSWORD）。", en: "File holding the administrator's password (else $POWERDESK_PASSWORD).")
    public static let initGroup = Phrase("help.initGroup", zh: "可在同一主机上共享数据库文件的 Unix 组。", en: "Unix group that may share the database file on one host.")
    public static let root = Phrase("help.root", zh: "PowerDesk——南通市民族宗教事务局行政权力网上公开透明运行办公桌面。", en: "PowerDesk — the desk on which the Nantong Ethnic and Religious Affairs Bureau runs its administrative powers online and in the open.")

    public static let attach = Phrase("help.attach", zh: "把扫描件、照片或文档归入案卷，作为某项材料或某项证据。", en: "File a scan, photo or document into a case, under a material or an evidence entry.")
    public static let attachFile = Phrase("help.attachFile", zh: "要归档的文件（来自收件目录 ~/powerdesk-inbox、主目录或 /tmp）。", en: "The file (from the drop folder ~/powerdesk-inbox, the home folder or /tmp).")
    public static let attachMaterial = Phrase("help.attachMaterial", zh: "对应的材料编码（归档后该材料记为已收）。", en: "The material code of the item it is (a material counts as received once filed).")
    public static let attachEvidence = Phrase("help.attachEvidence", zh: "所属的证据名称，例如“现场照片”。", en: "The evidence entry it belongs to, e.g. site photographs.")
    public static let files = Phrase("help.files", zh: "案卷附件：列出、导出，以及收件目录。", en: "A case's files: list, export, and the drop folder.")
    public static let filesList = Phrase("help.filesList", zh: "列出案件的附件。", en: "List a case's files.")
    public static let filesExport = Phrase("help.filesExport", zh: "把已归档的附件导出，以便在其他电脑上打开。", en: "Write a filed file out, to open it elsewhere.")
    public static let fileDigest = Phrase("help.fileDigest", zh: "附件的 SHA-256（可只写开头几位）。", en: "The file's SHA-256, or its first characters.")
    public static let exportOutput = Phrase("help.exportOutput", zh: "要写入的文件（不得已存在，除非用 --force）。", en: "The file to write (must not exist, unless --force).")
    public static let filesInbox = Phrase("help.filesInbox", zh: "列出收件目录中的待归档文件。", en: "List the files waiting in the drop folder.")
    public static let partyShow = Phrase("help.partyShow", zh: "显示当事人登记：曾用名称及更名理由、全部办件。", en: "Show a party's record: every name it had, why it changed, and all its cases.")

    // MARK: ArgumentParser's own words, most specific first
    public static let overview = Phrase("help.ap.overview", zh: "概述：{0}", en: "OVERVIEW: {0}")
    public static let usage = Phrase("help.ap.usage", zh: "用法：{0}", en: "USAGE: {0}")
    public static let usageError = Phrase("help.ap.usageError", zh: "用法：{0}", en: "Usage: {0}")
    public static let arguments = Phrase("help.ap.arguments", zh: "参数：", en: "ARGUMENTS:")
    public static let options = Phrase("help.ap.options", zh: "选项：", en: "OPTIONS:")
    public static let subcommands = Phrase("help.ap.subcommands", zh: "子命令：", en: "SUBCOMMANDS:")
    public static let defaultValue = Phrase("help.ap.defaultValue", zh: "（默认：{0}）", en: " (default: {0})")
    public static let defaultSubcommand = Phrase("help.ap.defaultSubcommand", zh: "{0}（默认）", en: "{0} (default)")
    public static let showHelp = Phrase("help.ap.showHelp", zh: "显示帮助信息。", en: "Show help information.")
    public static let showVersion = Phrase("help.ap.showVersion", zh: "显示版本号。", en: "Show the version.")
    public static let seeHelp = Phrase("help.ap.seeHelp", zh: "用“{0} <子命令>”查看子命令的详细帮助。", en: "See '{0} <subcommand>' for detailed help.")
    public static let moreInformation = Phrase("help.ap.moreInformation", zh: "用“{0} --help”查看详细说明。", en: "See '{0} --help' for more information.")
    public static let error = Phrase("help.ap.error", zh: "错误：{0}", en: "Error: {0}")
    public static let helpLine = Phrase("help.ap.helpLine", zh: "说明：{0}", en: "Help:  {0}")
    public static let missingArgument = Phrase("help.ap.missingArgument", zh: "缺少参数 {0}", en: "Missing expected argument '{0}'")
    public static let unknownOptionSuggestion = Phrase("help.ap.unknownOptionSuggestion", zh: "未知选项 {0}；是否想用 {1}？", en: "Unknown option '{0}'. Did you mean '{1}'?")
    public static let unknownOption = Phrase("help.ap.unknownOption", zh: "未知选项 {0}", en: "Unknown option '{0}'")
    public static let unexpectedArgument = Phrase("help.ap.unexpectedArgument", zh: "多余的参数 {0}", en: "Unexpected argument '{0}'")
    public static let missingValue = Phrase("help.ap.missingValue", zh: "{0} 缺少取值", en: "Missing value for '{0}'")
    public static let invalidValueChoices = Phrase("help.ap.invalidValueChoices", zh: "{1} 的取值 {0} 无效；可用的取值：{2}。", en: "The value '{0}' is invalid for '{1}'. Please provide one of {2}.")
    public static let invalidValue = Phrase("help.ap.invalidValue", zh: "{1} 的取值 {0} 无效", en: "The value '{0}' is invalid for '{1}'")

    /// The framework phrases in the order they are tried on a line (a longer pattern before the
    /// shorter one it contains).
    public static let framework: [Phrase] = [
        overview, usage, usageError, arguments, options, subcommands, defaultValue, defaultSubcommand, showHelp, showVersion, seeHelp, moreInformation, error, helpLine, missingArgument, unknownOptionSuggestion, unknownOption, unexpectedArgument, missingValue, invalidValueChoices, invalidValue,
    ]

    public static let all: [Phrase] = framework + [
        lang, flows, calendar, db, benchDocuments, rounds, audit, auditVerify, anchors, auditAnchor,
        anchorLog, userUnlock, unlockName, adminActing, passwordFile, benchDesk, benchCases, benchFrames,
        docList, caseExample, calendarCommand, calendarDue, startDate, unitCount, unit, calendarWorkdays,
        fromDate, toDate, flowsShow, itemCode, procedure, dot, docCorrect, docReference, correctReason,
        correctAddress, userCorrecting, batch, batchFile, userActing, party, flowsList, format, desk,
        signInAs, user, configShow, docPrint, userPrinting, docPDF, outputPDF, force, flowsValidate,
        validatePaths, docShow, docShowReference, userCertify, certifyName, certificateNumber,
        certificateUntil, doc, demo, demoUser, partyCheck, numberAsTyped, numberKind, config, flowsCommand,
        docArchive, caseNumber, backup, backupPath, initCommand, initDemo, initAdmin, initPasswordFile,
        initGroup, root,
        attach, attachFile, attachMaterial, attachEvidence, files, filesList, filesExport, fileDigest, exportOutput, filesInbox, partyShow,
    ]
}
