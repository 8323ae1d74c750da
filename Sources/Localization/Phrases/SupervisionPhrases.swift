/// Phrases of online supervision (网上监察, issue 15): the board, its refusals and its measures.
public enum SupervisionPhrases {
    public static let boardRefused = Phrase(
        "supervision.boardRefused", zh: "监察看板仅限监察岗位和分管领导查看；请以监察或领导账号登录",
        en: "the supervision board is for the supervision post and the leadership only; sign in with such an account")
    public static let boardTitle = Phrase("supervision.boardTitle", zh: "监察看板　{0} 至 {1}　按{2}", en: "Supervision board   {0} to {1}   by {2}")
    public static let byItem = Phrase("supervision.byItem", zh: "事项", en: "item")
    public static let bySection = Phrase("supervision.bySection", zh: "处室", en: "section")
    public static let byOfficer = Phrase("supervision.byOfficer", zh: "承办人", en: "officer")
    public static let total = Phrase("supervision.total", zh: "合计", en: "Total")
    public static let empty = Phrase("supervision.empty", zh: "（本期间没有办件）", en: "(no cases in this period)")

    public static let received = Phrase("supervision.measure.received", zh: "收件", en: "recv")
    public static let accepted = Phrase("supervision.measure.accepted", zh: "受理", en: "acpt")
    public static let inProgress = Phrase("supervision.measure.inProgress", zh: "在办", en: "open")
    public static let done = Phrase("supervision.measure.done", zh: "办结", en: "done")
    public static let overdue = Phrase("supervision.measure.overdue", zh: "超期", en: "late")
    public static let overdueDays = Phrase("supervision.measure.overdueDays", zh: "超期日", en: "l.days")
    public static let yellow = Phrase("supervision.measure.yellow", zh: "黄灯", en: "yellow")
    public static let red = Phrase("supervision.measure.red", zh: "红灯", en: "red")
    public static let suspended = Phrase("supervision.measure.suspended", zh: "暂停", en: "held")
    public static let returned = Phrase("supervision.measure.returned", zh: "退回", en: "retn")
    public static let corrected = Phrase("supervision.measure.corrected", zh: "补正", en: "corr")
    public static let abnormal = Phrase("supervision.measure.abnormal", zh: "异常", en: "abn")
    public static let deviation = Phrase("supervision.measure.deviation", zh: "偏离", en: "dev")
    public static let reduced = Phrase("supervision.measure.reduced", zh: "减轻", en: "rdcd")
    public static let averageUsed = Phrase("supervision.measure.averageUsed", zh: "均用时", en: "avg")
    public static let p90Used = Phrase("supervision.measure.p90Used", zh: "90%用时", en: "p90")
    public static let limit = Phrase("supervision.measure.limit", zh: "时限", en: "limit")
    public static let notices = Phrase("supervision.measure.notices", zh: "督办", en: "notice")

    public static let intakeSparkline = Phrase("supervision.intakeSparkline", zh: "每周收件 {0} 最多{1}", en: "weekly intake {0} max {1}")
    public static let overdueSparkline = Phrase("supervision.overdueSparkline", zh: "每周超期 {0} 最多{1}", en: "weekly overdue {0} max {1}")
    public static let barsTitle = Phrase("supervision.barsTitle", zh: "{0}（按事项）", en: "{0} (by item)")
    public static let drillTitle = Phrase("supervision.drillTitle", zh: "{0}：{1}　共{2}件", en: "{0}: {1}   {2} cases")
    public static let drillMore = Phrase("supervision.drillMore", zh: "（仅列出前{0}件）", en: "(first {0} shown)")
    public static let keyDrill = Phrase("supervision.keyDrill", zh: "办件", en: "cases")
    public static let keyDimension = Phrase("supervision.keyDimension", zh: "维度", en: "rows")
    public static let keyPeriod = Phrase("supervision.keyPeriod", zh: "月/季/年", en: "month/quarter/year")
    public static let keyShift = Phrase("supervision.keyShift", zh: "上/下一期", en: "earlier/later")
    public static let keyBack = Phrase("supervision.keyBack", zh: "返回", en: "back")
    public static let keyBoard = Phrase("supervision.keyBoard", zh: "监察看板", en: "board")
    public static let periodMonth = Phrase("supervision.periodMonth", zh: "本月", en: "month")
    public static let periodQuarter = Phrase("supervision.periodQuarter", zh: "本季度", en: "quarter")
    public static let periodYear = Phrase("supervision.periodYear", zh: "本年", en: "year")

    public static let ledgerMismatch = Phrase(
        "supervision.ledgerMismatch", zh: "监察汇总表与办件事件不一致（{0}）：汇总表被改动过；请用备份恢复或联系管理员",
        en: "the supervision summaries do not match the case events ({0}): they were altered; restore a backup or call the administrator")

    public static let signInReminder = Phrase(
        "supervision.signInReminder", zh: "提醒：您经手的办件中 黄灯{0}件、红灯{1}件，请在“预警”页查看并及时办理",
        en: "reminder: of your cases {0} are yellow and {1} red; see the Warnings tab")

    public static let escalatedReminder = Phrase(
        "supervision.escalatedReminder", zh: "；另有{0}件超期办件已升级督促您处理", en: "; {0} overdue cases were escalated to you")
    public static let tickDone = Phrase(
        "supervision.tickDone", zh: "监察巡查完成：新黄灯{0}件，新红灯{1}件，升级至处室负责人{2}件，升级至分管领导{3}件",
        en: "supervision run done: {0} newly yellow, {1} newly red, {2} escalated to the section chief, {3} to the leadership")
    public static let badEscalation = Phrase(
        "supervision.badEscalation", zh: "配置项 {0} 的值“{1}”无效：应为0到365之间的工作日数；请修改配置文件",
        en: "setting {0} has the invalid value \"{1}\": it must be a number of working days from 0 to 365; correct the configuration file")
    public static let badDay = Phrase("supervision.badDay", zh: "日期“{0}”无效：应为YYYY-MM-DD", en: "\"{0}\" is not a date: use YYYY-MM-DD")

    public static let noticeIssuerOnly = Phrase(
        "supervision.noticeIssuerOnly", zh: "督办单和黄牌、红牌只能由监察岗位发出和评定；请以监察账号办理",
        en: "only the supervision post issues and judges notices and cards; use a supervision account")
    public static let noticeReasonMissing = Phrase("supervision.noticeReasonMissing", zh: "请写明督办事由", en: "give the reason for the notice")
    public static let noticeCaseMissing = Phrase("supervision.noticeCaseMissing", zh: "督办单须指明办件：请加 --case 流水号", en: "a supervision order names a case: add --case SERIAL")
    public static let noticeAddresseeMissing = Phrase(
        "supervision.noticeAddresseeMissing", zh: "请指明督办对象：--officer 用户名 或 --section 处室代码（督办单也可只写 --case）",
        en: "name the addressee: --officer USER or --section CODE (an order may name only --case)")
    public static let noticeUnknownAddressee = Phrase("supervision.noticeUnknownAddressee", zh: "督办对象“{0}”不存在：请核对用户名或处室代码", en: "there is no user or section \"{0}\"")
    public static let noticeBadKind = Phrase(
        "supervision.noticeBadKind", zh: "督办种类“{0}”无效：应为 order（督办单）、yellow-card（黄牌）或 red-card（红牌）",
        en: "\"{0}\" is not a notice kind: use order, yellow-card or red-card")
    public static let noticeBadOutcome = Phrase(
        "supervision.noticeBadOutcome", zh: "评定结果“{0}”无效：应为 satisfactory（整改到位）或 unsatisfactory（整改不到位）",
        en: "\"{0}\" is not an outcome: use satisfactory or unsatisfactory")
    public static let noticeUnknown = Phrase("supervision.noticeUnknown", zh: "没有编号为{0}的督办单", en: "there is no notice {0}")
    public static let noticeAnswerMissing = Phrase("supervision.noticeAnswerMissing", zh: "请填写答复内容", en: "write the answer")
    public static let noticeAlreadyAnswered = Phrase("supervision.noticeAlreadyAnswered", zh: "督办单{0}已经答复，不能再次答复", en: "notice {0} has been answered already")
    public static let noticeNotYours = Phrase(
        "supervision.noticeNotYours", zh: "督办单{0}不是发给您的：应由被督办人（处室督办由该处室负责人）答复",
        en: "notice {0} is not addressed to you: the officer named (for a section, its chief) answers it")
    public static let noticeNotAnswered = Phrase("supervision.noticeNotAnswered", zh: "督办单{0}尚未答复，不能评定", en: "notice {0} has no answer to judge yet")
    public static let noticeAlreadyJudged = Phrase("supervision.noticeAlreadyJudged", zh: "督办单{0}已经评定", en: "notice {0} has been judged already")
    public static let noticeIssued = Phrase("supervision.noticeIssued", zh: "已发出督办单{0}，督办对象：{1}，答复期限：{2}", en: "notice {0} issued to {1}, answer due {2}")
    public static let noticeAnswered = Phrase("supervision.noticeAnswered", zh: "督办单{0}已答复", en: "notice {0} answered")
    public static let noticeJudged = Phrase("supervision.noticeJudged", zh: "督办单{0}已评定", en: "notice {0} judged")
    public static let noticeOpen = Phrase("supervision.noticeOpen", zh: "待答复", en: "awaiting answer")
    public static let noticeLate = Phrase("supervision.noticeLate", zh: "逾期未答复", en: "answer overdue")
    public static let noticeAwaitingOutcome = Phrase("supervision.noticeAwaitingOutcome", zh: "已答复待评定", en: "answered, awaiting outcome")
    public static let noticeSatisfactory = Phrase("supervision.noticeSatisfactory", zh: "整改到位", en: "satisfactory")
    public static let noticeUnsatisfactory = Phrase("supervision.noticeUnsatisfactory", zh: "整改不到位", en: "unsatisfactory")

    public static let keyNotice = Phrase("supervision.keyNotice", zh: "督办", en: "notice")
    public static let noticeDialogTitle = Phrase("supervision.noticeDialogTitle", zh: "发出督办单：{0}", en: "Supervision order: {0}")
    public static let noticePrompt = Phrase("supervision.noticePrompt", zh: "督办事由（Enter 发出，Esc 取消）", en: "Reason (Enter issues, Esc cancels)")

    public static let badDimension = Phrase("supervision.badDimension", zh: "“{0}”无效：--by 应为 item（事项）、section（处室）或 officer（承办人）", en: "\"{0}\" is not valid: --by takes item, section or officer")
    public static let badPeriod = Phrase(
        "supervision.badPeriod", zh: "期间“{0}”无效：请只给出一个 --month YYYY-MM、--quarter YYYYQn 或 --year YYYY",
        en: "the period \"{0}\" is not valid: give one of --month YYYY-MM, --quarter YYYYQn or --year YYYY")
    public static let boardWritten = Phrase("supervision.boardWritten", zh: "已写出 {0}（{1}行）", en: "wrote {0} ({1} rows)")

    public static let all: [Phrase] = [
        badDimension, badPeriod, boardWritten,
        keyNotice, noticeDialogTitle, noticePrompt,
        signInReminder, escalatedReminder, tickDone, badEscalation, badDay,
        noticeIssuerOnly, noticeReasonMissing, noticeCaseMissing, noticeAddresseeMissing, noticeUnknownAddressee, noticeBadKind, noticeBadOutcome,
        noticeUnknown, noticeAnswerMissing, noticeAlreadyAnswered, noticeNotYours, noticeNotAnswered, noticeAlreadyJudged, noticeIssued,
        noticeAnswered, noticeJudged, noticeOpen, noticeLate, noticeAwaitingOutcome, noticeSatisfactory, noticeUnsatisfactory,
        boardRefused, boardTitle, byItem, bySection, byOfficer, total, empty,
        received, accepted, inProgress, done, overdue, overdueDays, yellow, red, suspended, returned, corrected, abnormal, deviation, reduced,
        averageUsed, p90Used, limit, notices, intakeSparkline, overdueSparkline, barsTitle, drillTitle, drillMore, keyDrill, keyDimension, keyPeriod, keyShift, keyBack, keyBoard,
        periodMonth, periodQuarter, periodYear, ledgerMismatch,
    ]
}
