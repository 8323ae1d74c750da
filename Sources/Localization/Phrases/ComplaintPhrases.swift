/// Phrases of issue 15's second half: the quarterly evaluation (R25), complaints (R26) and the
/// board's exports. Kept apart from `SupervisionPhrases` so branches merge without conflicts.
public enum ComplaintPhrases {
    // MARK: The formula file
    public static let formulaNotNumber = Phrase(
        "evaluation.notNumber", zh: "“{0}”的值“{1}”不是 {2} 到 {3} 之间的数", en: "\"{0}\" = \"{1}\" is not a number from {2} to {3}")
    public static let formulaDuplicateMeasure = Phrase(
        "evaluation.duplicateMeasure", zh: "指标“{0}”已在第{1}行计分，每项指标只能计分一次；请删除其中一处",
        en: "measure \"{0}\" is already scored on line {1}; score each measure once, remove one of them")
    public static let formulaRateNeedsLevels = Phrase(
        "evaluation.rateNeedsLevels", zh: "“{0}”是比率指标，须写 full-at（满分比率）和 zero-at（零分比率），不用 deduct",
        en: "\"{0}\" is a rate: give full-at and zero-at (the rates for full and for no points), not deduct")
    public static let formulaCountNeedsDeduct = Phrase(
        "evaluation.countNeedsDeduct", zh: "“{0}”是计数指标，须写 deduct（每件或每日扣分），不用 full-at/zero-at",
        en: "\"{0}\" is a count: give deduct (points off per unit), not full-at/zero-at")
    public static let formulaLevelsOrder = Phrase(
        "evaluation.levelsOrder", zh: "full-at（{0}）须大于 zero-at（{1}）", en: "full-at ({0}) must be above zero-at ({1})")
    public static let formulaPointsSum = Phrase(
        "evaluation.pointsSum", zh: "各项分值合计为 {0}，应为 100；请调整 points", en: "the points add up to {0}, not 100; adjust points")
    public static let formulaDimensionMissing = Phrase(
        "evaluation.dimensionMissing", zh: "没有考评“{0}”的指标；范围、时效、规范、效果四方面各至少一项",
        en: "no measure scores {0}; scope, timeliness, form and effect need one each at least")
    public static let formulaGradeMissing = Phrase(
        "evaluation.gradeMissing", zh: "等次缺少“{0}”；须写明优秀、良好、合格、不合格四个等次的起点分",
        en: "grade \"{0}\" is missing; give where each of the four grades (excellent, good, pass, fail) begins")
    public static let formulaGradeUnknown = Phrase(
        "evaluation.gradeUnknown", zh: "未知的等次“{0}”；可选：优秀、良好、合格、不合格", en: "unknown grade \"{0}\"; use the four grades' Chinese names (excellent, good, pass, fail)")
    public static let formulaGradeOrder = Phrase(
        "evaluation.gradeOrder", zh: "等次起点分须依次降低：优秀 > 良好 > 合格 > 不合格 = 0（现为 {0}）",
        en: "grade thresholds must fall in order: excellent > good > pass > fail = 0 (now {0})")

    public static let dimensionScope = Phrase("evaluation.dimension.scope", zh: "运行范围", en: "scope")
    public static let dimensionTimeliness = Phrase("evaluation.dimension.timeliness", zh: "办理时效", en: "timeliness")
    public static let dimensionForm = Phrase("evaluation.dimension.form", zh: "规范程度", en: "form")
    public static let dimensionEffect = Phrase("evaluation.dimension.effect", zh: "运行效果", en: "effect")

    public static let measurePowersOnSystem = Phrase("evaluation.measure.powersOnSystem", zh: "网上运行事项比例", en: "powers run online")
    public static let measureOnTimeRate = Phrase("evaluation.measure.onTimeRate", zh: "按时办结率", en: "on-time rate")
    public static let measureOverdueDays = Phrase("evaluation.measure.overdueDays", zh: "超期天数", en: "days overdue")
    public static let measureDocumentsComplete = Phrase("evaluation.measure.documentsComplete", zh: "文书无更正率", en: "documents right first time")
    public static let measureAbnormal = Phrase("evaluation.measure.abnormal", zh: "异常操作", en: "abnormal operations")
    public static let measureDeviations = Phrase("evaluation.measure.deviations", zh: "裁量偏离", en: "discretion deviations")
    public static let measureNotices = Phrase("evaluation.measure.notices", zh: "督办/黄红牌", en: "supervision notices")
    public static let measureComplaintsUpheld = Phrase("evaluation.measure.complaintsUpheld", zh: "投诉属实", en: "complaints upheld")
    public static let measureDecisionsChanged = Phrase("evaluation.measure.decisionsChanged", zh: "复议诉讼纠错", en: "decisions changed on review")

    public static var all: [Phrase] {
        [formulaNotNumber, formulaDuplicateMeasure, formulaRateNeedsLevels, formulaCountNeedsDeduct, formulaLevelsOrder, formulaPointsSum,
         formulaDimensionMissing, formulaGradeMissing, formulaGradeUnknown, formulaGradeOrder,
         dimensionScope, dimensionTimeliness, dimensionForm, dimensionEffect,
         measurePowersOnSystem, measureOnTimeRate, measureOverdueDays, measureDocumentsComplete, measureAbnormal, measureDeviations,
         measureNotices, measureComplaintsUpheld, measureDecisionsChanged]
            + evaluationPhrases + complaintPhrases
    }
    // MARK: The evaluation command and report
    public static let helpEvaluate = Phrase(
        "evaluation.help.command", zh: "季度绩效考评：按处室和事项计算范围、时效、规范、效果得分与等次，可输出 CSV 和 PDF 报告",
        en: "the quarterly evaluation: scope, timeliness, form and effect per section and per power, with grades; CSV and PDF reports")
    public static let helpQuarter = Phrase("evaluation.help.quarter", zh: "考评季度，如 2026Q1（默认上一季度）", en: "the quarter, e.g. 2026Q1 (default: the last one)")
    public static let helpFormula = Phrase(
        "evaluation.help.formula", zh: "考评公式文件（默认随程序安装的 evaluation/evaluation.yaml）",
        en: "the formula file (default: the installed evaluation/evaluation.yaml)")
    public static let helpCheck = Phrase("evaluation.help.check", zh: "只检查考评公式文件，逐条列出问题（文件:行:列）", en: "only check the formula file, listing every problem as file:line:column")
    public static let helpExplain = Phrase("evaluation.help.explain", zh: "列出每个数字背后的办件（超期、文书更正、异常操作等）", en: "list the cases behind every number")
    public static let helpCSV = Phrase("evaluation.help.csv", zh: "把考评结果写入 CSV 文件（UTF-8 带 BOM，Excel 可直接打开）", en: "write the results as CSV (UTF-8 with BOM, for Excel)")
    public static let helpPDF = Phrase("evaluation.help.pdf", zh: "把考评报告写入 PDF 文件（含表格和柱状图）", en: "write the report as PDF (tables and bar charts)")
    public static let helpUser = Phrase("evaluation.help.user", zh: "登录用户（监察或领导岗位）", en: "the user signing in (supervision or leadership post)")

    public static let userRequired = Phrase(
        "evaluation.userRequired", zh: "请用 --user 指明登录用户（监察或领导岗位）；只检查公式时用 --check",
        en: "name the user signing in with --user (supervision or leadership post); --check only checks the formula")
    public static let badQuarter = Phrase(
        "evaluation.badQuarter", zh: "季度“{0}”无效；请写成“2026Q1”的形式（年份加 Q1 至 Q4）", en: "\"{0}\" is not a quarter; write it like 2026Q1 (year, then Q1 to Q4)")
    public static let formulaInvalid = Phrase(
        "evaluation.formulaInvalid", zh: "考评公式文件 {0} 有误，未计算；请按上列位置修改后再试", en: "the formula file {0} has errors; nothing was computed; fix the places listed above")
    public static let formulaValid = Phrase(
        "evaluation.formulaValid", zh: "考评公式 {0} 检查通过：{1}项指标，合计100分", en: "the formula {0} is valid: {1} measures, 100 points")
    public static let formulaUnreadable = Phrase(
        "evaluation.formulaUnreadable", zh: "无法读取考评公式文件 {0}：{1}", en: "cannot read the formula file {0}: {1}")
    public static let title = Phrase("evaluation.title", zh: "{0} 季度绩效考评", en: "Evaluation of {0}")
    public static let periodLine = Phrase("evaluation.periodLine", zh: "考评期间：{0} 至 {1}", en: "period: {0} to {1}")
    public static let headingTotal = Phrase("evaluation.headingTotal", zh: "一、全局各项指标", en: "1. The bureau, measure by measure")
    public static let headingSections = Phrase("evaluation.headingSections", zh: "二、各处室得分", en: "2. Sections")
    public static let headingItems = Phrase("evaluation.headingItems", zh: "三、各事项得分", en: "3. Powers")
    public static let headingFormula = Phrase("evaluation.headingFormula", zh: "四、考评公式与数据来源", en: "4. Formula and sources")
    public static let columnGroup = Phrase("evaluation.column.group", zh: "类别", en: "group")
    public static let columnName = Phrase("evaluation.column.name", zh: "名称", en: "name")
    public static let columnCode = Phrase("evaluation.column.code", zh: "代码", en: "code")
    public static let columnTotal = Phrase("evaluation.column.total", zh: "总分", en: "total")
    public static let columnGrade = Phrase("evaluation.column.grade", zh: "等次", en: "grade")
    public static let columnMeasure = Phrase("evaluation.column.measure", zh: "指标", en: "measure")
    public static let columnValue = Phrase("evaluation.column.value", zh: "数值", en: "value")
    public static let columnPoints = Phrase("evaluation.column.points", zh: "得分/分值", en: "points")
    public static let columnBasis = Phrase("evaluation.column.basis", zh: "依据", en: "basis")
    public static let columnScore = Phrase("evaluation.column.score", zh: "{0}得分", en: "{0} points")
    public static let chartSections = Phrase("evaluation.chartSections", zh: "各处室总分（满分100）", en: "total per section (of 100)")
    public static let chartItems = Phrase("evaluation.chartItems", zh: "各事项总分（满分100）", en: "total per power (of 100)")
    public static let explainLine = Phrase("evaluation.explainLine", zh: "  {0}：{1}，得分 {2}/{3}；{4}", en: "  {0}: {1}, {2} of {3} points; {4}")
    public static let explainCases = Phrase("evaluation.explainCases", zh: "依据：{0}", en: "from: {0}")
    public static let explainNone = Phrase("evaluation.explainNone", zh: "无扣分记录", en: "nothing deducted")
    public static let sourcesNote = Phrase(
        "evaluation.sourcesNote",
        zh: "数据来源：季内办结办件（办结时固定的用时与超期）、季内办件事件标记的异常操作与裁量偏离、季内签发的督办单与黄红牌、季内办结且属实的投诉、季内记录的复议诉讼纠错结果、季末前的文书更正；季度结束后重算结果不变。“powerdesk evaluate --explain”列出每个数字背后的办件。",
        en: "Sources: cases concluded in the quarter (time used and lateness fixed at closing), abnormal operations and deviations marked by the quarter's events, notices issued, complaints concluded as upheld and review outcomes recorded in the quarter, document corrections before its end; a closed quarter recomputes the same. \"powerdesk evaluate --explain\" lists the cases behind every number.")
    public static let generated = Phrase("evaluation.generated", zh: "由 powerdesk evaluate 生成", en: "made by powerdesk evaluate")

    public static let helpXLSX = Phrase("evaluation.help.xlsx", zh: "把考评结果写入 XLSX 工作簿（处室、事项、全局各一页）", en: "write the results as an XLSX workbook (sections, powers, bureau)")
    public static let helpBoardXLSX = Phrase("supervision.help.boardXLSX", zh: "把看板表格写入 XLSX 工作簿（Excel）", en: "write the board's table as an XLSX workbook (Excel)")

    public static let helpBoardPDF = Phrase(
        "supervision.help.boardPDF", zh: "把看板写成统计报表 PDF（表格和柱状图；按月即月度统计报表）", en: "write the board as a statistics report in PDF (tables and bar charts; by month: the monthly report)")
    public static let statisticsOperations = Phrase("statistics.operations", zh: "一、办件与操作", en: "1. Cases and operations")
    public static let statisticsDeadlines = Phrase("statistics.deadlines", zh: "二、时限与用时（工作日）", en: "2. Deadlines and time used (working days)")
    public static let statisticsReceived = Phrase("statistics.received", zh: "三、收件数", en: "3. Cases received")
    public static let statisticsWeeklyIntake = Phrase("statistics.weeklyIntake", zh: "四、近十二周每周收件（周一起）", en: "4. Weekly intake, twelve weeks (from Monday)")
    public static let statisticsWeeklyOverdue = Phrase("statistics.weeklyOverdue", zh: "五、近十二周每周超期（周一起）", en: "5. Cases going overdue per week, twelve weeks")
    public static let statisticsNote = Phrase(
        "statistics.note", zh: "数据来自每次办件操作在同一事务中记录的监察汇总表；在办、黄灯、红灯为制表当日的状态。由 powerdesk supervise board --pdf 生成。",
        en: "From the supervision summaries each operation writes in its own transaction; open, yellow and red as on the day of printing. Made by powerdesk supervise board --pdf.")

    static var evaluationPhrases: [Phrase] {
        [helpEvaluate, userRequired, helpQuarter, helpFormula, helpCheck, helpExplain, helpCSV, helpPDF, helpUser, badQuarter, formulaInvalid, formulaValid,
         formulaUnreadable, title, periodLine, headingTotal, headingSections, headingItems, headingFormula, columnGroup, columnName, columnCode,
         columnTotal, columnGrade, columnMeasure, columnValue, columnPoints, columnBasis, columnScore, chartSections, chartItems, explainLine,
         explainCases, explainNone, sourcesNote, generated, helpXLSX, helpBoardXLSX,
         helpBoardPDF, statisticsOperations, statisticsDeadlines, statisticsReceived, statisticsWeeklyIntake, statisticsWeeklyOverdue, statisticsNote]
    }
    // MARK: Complaints (R26)
    public static let flowMissing = Phrase(
        "complaint.flowMissing", zh: "现行定义中没有投诉办理流程（procedure: complaint）；请管理员安装 flows/procedures/complaint.yaml",
        en: "the definitions in force have no complaint procedure (procedure: complaint); ask the administrator to install flows/procedures/complaint.yaml")
    public static let registerRefused = Phrase(
        "complaint.registerRefused", zh: "只有窗口和监察岗位可以登记投诉和意见建议", en: "only the window clerk and the supervision post register complaints and opinions")
    public static let subjectMissing = Phrase("complaint.subjectMissing", zh: "请填写投诉事由（标题）", en: "give the complaint's subject")
    public static let bodyMissing = Phrase("complaint.bodyMissing", zh: "请填写投诉内容", en: "give the complaint's text")
    public static let identityMissing = Phrase(
        "complaint.identityMissing", zh: "实名投诉须填写投诉人姓名和联系方式；匿名投诉请选择匿名",
        en: "a named complaint needs the complainant's name and contact; choose anonymous otherwise")
    public static let unknownSection = Phrase("complaint.unknownSection", zh: "没有处室“{0}”；可选：{1}", en: "there is no section \"{0}\"; choose one of: {1}")
    public static let unknownOfficer = Phrase("complaint.unknownOfficer", zh: "没有用户“{0}”；请核对被投诉人员的账号", en: "there is no user \"{0}\"; check the officer's account")
    public static let unknownComplaint = Phrase("complaint.unknown", zh: "没有投诉“{0}”；请核对编号（如 TS2026000001）", en: "there is no complaint \"{0}\"; check the number (e.g. TS2026000001)")
    public static let actionNotHere = Phrase(
        "complaint.actionNotHere", zh: "投诉在“{1}”环节，不能“{0}”；此环节可做：{2}", en: "the complaint is at \"{1}\" and cannot \"{0}\"; possible here: {2}")
    public static let actionRefused = Phrase(
        "complaint.actionRefused", zh: "“{0}”须由{1}岗位办理", en: "\"{0}\" is for the post {1}")
    public static let noteRequired = Phrase("complaint.noteRequired", zh: "“{0}”须写明意见或理由（--note）", en: "\"{0}\" needs an opinion or reason (--note)")
    public static let alreadyExtended = Phrase(
        "complaint.alreadyExtended", zh: "办理期限已延长过一次；《信访工作条例》第35条只允许延长一次、不超过30日",
        en: "the time limit was extended once already; the Regulations on Letters and Visits (Art. 35) allow one extension of at most 30 days")
    public static let registered = Phrase(
        "complaint.registered", zh: "已登记投诉 {0}，须在 {1} 前决定是否受理并告知", en: "complaint {0} registered; decide on acceptance and tell by {1}")
    public static let alreadyImported = Phrase("complaint.alreadyImported", zh: "邮件已导入过：{0}", en: "mail imported before: {0}")
    public static let acted = Phrase("complaint.acted", zh: "投诉 {0}：{1}，现处于“{2}”", en: "complaint {0}: {1}, now at \"{2}\"")
    public static let anonymous = Phrase("complaint.anonymous", zh: "匿名", en: "anonymous")
    public static let withheld = Phrase("complaint.withheld", zh: "（投诉人身份仅监察岗位可见）", en: "(the complainant's identity is for the supervision post only)")
    public static let showLine = Phrase(
        "complaint.showLine", zh: "{0}　{1}　{2}　收到 {3}　环节 {4}　受理期限 {5}　办结期限 {6}　{7}",
        en: "{0}  {1}  {2}  received {3}  step {4}  accept by {5}  conclude by {6}  {7}")
    public static let upheldYes = Phrase("complaint.upheldYes", zh: "属实", en: "upheld")
    public static let upheldNo = Phrase("complaint.upheldNo", zh: "不属实", en: "not upheld")
    public static let badChannel = Phrase("complaint.badChannel", zh: "来源“{0}”无效；可选：phone、mailbox、in-person", en: "\"{0}\" is not a channel; use phone, mailbox or in-person")
    public static let helpComplaint = Phrase("complaint.help.command", zh: "投诉与意见建议：登记、办理、查看、从信箱导入", en: "complaints and opinions: register, handle, show, import from the mailbox")
    public static let helpAdd = Phrase("complaint.help.add", zh: "登记一件投诉或意见建议（电话、现场）", en: "register a complaint or an opinion (phone, in person)")
    public static let helpAct = Phrase("complaint.help.act", zh: "按投诉办理流程办理一步（accept、refuse、propose-answer、extend、answer-upheld、answer-not-upheld）",
                                       en: "take one step of the complaint flow (accept, refuse, propose-answer, extend, answer-upheld, answer-not-upheld)")
    public static let helpShow = Phrase("complaint.help.show", zh: "查看一件投诉及其办理经过", en: "show a complaint and its steps")
    public static let helpList = Phrase("complaint.help.list", zh: "列出未办结的投诉（--all 含已办结）", en: "list the open complaints (--all: every one)")
    public static let helpImport = Phrase("complaint.help.import", zh: "从公开信箱导入邮件（Maildir 目录或 mbox 文件），附件一并保存", en: "import mail from the public mailbox (a Maildir or an mbox file), attachments kept")
    public static let helpSubject = Phrase("complaint.help.subject", zh: "投诉事由", en: "the subject")
    public static let helpBody = Phrase("complaint.help.body", zh: "投诉内容", en: "the text")
    public static let helpChannel = Phrase("complaint.help.channel", zh: "来源：phone（电话）、in-person（现场）、mailbox（信箱）", en: "channel: phone, in-person, mailbox")
    public static let helpOpinion = Phrase("complaint.help.opinion", zh: "这是意见建议而非投诉", en: "this is an opinion, not a complaint")
    public static let helpAnonymous = Phrase("complaint.help.anonymous", zh: "匿名投诉（不记录投诉人）", en: "anonymous (no complainant recorded)")
    public static let helpName = Phrase("complaint.help.name", zh: "投诉人姓名", en: "the complainant's name")
    public static let helpContact = Phrase("complaint.help.contact", zh: "投诉人联系方式", en: "the complainant's contact")
    public static let helpAddress = Phrase("complaint.help.address", zh: "投诉人地址", en: "the complainant's address")
    public static let helpCase = Phrase("complaint.help.case", zh: "所涉办件编号（可多次给出）", en: "a case it concerns (repeatable)")
    public static let helpOfficer = Phrase("complaint.help.officer", zh: "所涉工作人员账号（可多次给出）", en: "an officer it concerns (repeatable)")
    public static let helpSection = Phrase("complaint.help.section", zh: "承办处室代码", en: "the section answerable")
    public static let helpID = Phrase("complaint.help.id", zh: "投诉编号，如 TS2026000001", en: "the complaint number, e.g. TS2026000001")
    public static let helpAction = Phrase("complaint.help.action", zh: "动作代码", en: "the action's code")
    public static let helpNote = Phrase("complaint.help.note", zh: "意见或理由", en: "opinion or reason")
    public static let helpAll = Phrase("complaint.help.all", zh: "包括已办结的", en: "including concluded ones")
    public static let helpMailbox = Phrase("complaint.help.mailbox", zh: "Maildir 目录或 mbox 文件", en: "a Maildir directory or an mbox file")
    public static let helpComplaintUser = Phrase("complaint.help.user", zh: "登录用户", en: "the user signing in")

    public static let notAMailbox = Phrase(
        "complaint.notAMailbox", zh: "{0} 不是信箱：请给出 Maildir 目录（含 cur、new）或 mbox 文件", en: "{0} is not a mailbox: give a Maildir (with cur and new) or an mbox file")
    public static let mailboxUnreadable = Phrase("complaint.mailboxUnreadable", zh: "无法读取信箱 {0}：{1}", en: "cannot read the mailbox {0}: {1}")
    public static let importDone = Phrase("complaint.importDone", zh: "信箱中共{0}封邮件，新登记{1}件", en: "{0} mails in the mailbox, {1} registered")
    public static let mailNoSubject = Phrase("complaint.mailNoSubject", zh: "（邮件无标题）", en: "(mail without subject)")
    public static let mailNoBody = Phrase("complaint.mailNoBody", zh: "（邮件无正文，见附件）", en: "(mail without text, see the attachments)")

    static var complaintPhrases: [Phrase] {
        [flowMissing, registerRefused, subjectMissing, bodyMissing, identityMissing, unknownSection, unknownOfficer, unknownComplaint, actionNotHere,
         actionRefused, noteRequired, alreadyExtended, registered, alreadyImported, acted, anonymous, withheld, showLine, upheldYes, upheldNo, badChannel,
         helpComplaint, helpAdd, helpAct, helpShow, helpList, helpImport, helpSubject, helpBody, helpChannel, helpOpinion, helpAnonymous, helpName,
         helpContact, helpAddress, helpCase, helpOfficer, helpSection, helpID, helpAction, helpNote, helpAll, helpMailbox, helpComplaintUser,
         notAMailbox, mailboxUnreadable, importDone, mailNoSubject, mailNoBody]
    }
}
