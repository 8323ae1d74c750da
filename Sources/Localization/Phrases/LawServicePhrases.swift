/// Phrases of the second legal pass's rest (issue 12): action inputs, the hearing notice's
/// particulars (行政处罚法 Art. 64), service records, bands that must not touch.
public enum LawServicePhrases {
    // MARK: Action inputs

    public static let inputMissing = Phrase(
        "lawService.inputMissing",
        zh: "“{1}”须填写“{0}”：请填写后再提交",
        en: "\"{1}\" needs \"{0}\": fill it in and submit again")
    public static let inputUnknown = Phrase(
        "lawService.inputUnknown",
        zh: "“{1}”没有输入项“{0}”；可填写的输入项：{2}",
        en: "\"{1}\" has no input \"{0}\"; its inputs: {2}")
    public static let inputBadDate = Phrase(
        "lawService.inputBadDate",
        zh: "“{0}”应为日期，格式如2026-12-20，收到的是“{1}”",
        en: "\"{0}\" must be a date such as 2026-12-20, got \"{1}\"")
    public static let inputBadTime = Phrase(
        "lawService.inputBadTime",
        zh: "“{0}”应为24小时制时间，格式如09:30，收到的是“{1}”",
        en: "\"{0}\" must be a 24-hour time such as 09:30, got \"{1}\"")
    public static let inputBadChoice = Phrase(
        "lawService.inputBadChoice",
        zh: "“{0}”只能是以下之一：{2}；收到的是“{1}”",
        en: "\"{0}\" must be one of: {2}; got \"{1}\"")
    public static let inputTooLong = Phrase(
        "lawService.inputTooLong",
        zh: "“{0}”过长（最多{1}个字符）：请缩短后再提交",
        en: "\"{0}\" is too long (at most {1} characters): shorten it and submit again")
    public static let inputUnknownUser = Phrase(
        "lawService.inputUnknownUser",
        zh: "“{0}”：{1}不是本局在用的用户账号；请选择本局人员",
        en: "\"{0}\": {1} is not an active user of the bureau; choose one of the bureau's staff")
    public static let inputRecused = Phrase(
        "lawService.inputRecused",
        zh: "{1}参与了本案的{2}，不能担任“{0}”（{3}）；请指定非本案调查人员",
        en: "{1} took part in this case's {2} and cannot be \"{0}\" ({3}); choose someone who did not investigate the case")

    // MARK: Hearings (行政处罚法 Art. 64)

    public static let hearingNoticeLate = Phrase(
        "lawService.hearingNoticeLate",
        zh: "听证日期{0}距听证通知书送达之日{1}不足{2}个工作日：依照《中华人民共和国行政处罚法》第六十四条第（二）项、第八十五条，应当在举行听证的七日前通知当事人，听证日期最早可定于{3}",
        en: "the hearing date {0} is fewer than {2} working days after the notice is served on {1}: under Arts. 64(2) and 85 of the Administrative Penalty Law the party is notified seven days before the hearing; the earliest hearing date is {3}")
    public static let hearingServedBeforeNotice = Phrase(
        "lawService.hearingServedBeforeNotice",
        zh: "送达日期{0}早于听证通知书制作之日{1}：请填写实际送达日期",
        en: "the service date {0} is before the notice is made on {1}: enter the actual service date")
    public static let hearingDateNotReached = Phrase(
        "lawService.hearingDateNotReached",
        zh: "听证通知书确定的听证日期为{0}：听证结束只能在听证举行之日或者之后登记（《中华人民共和国行政处罚法》第六十四条）",
        en: "the hearing notice fixes the hearing on {0}: the hearing can be recorded as held on that day or later (Administrative Penalty Law Art. 64)")
    public static let hearingNotScheduled = Phrase(
        "lawService.hearingNotScheduled",
        zh: "本案没有听证通知书确定的听证日期：请先送达载明听证日期的听证通知书（《中华人民共和国行政处罚法》第六十四条第（二）项）",
        en: "the case has no hearing date from a hearing notice: serve a notice that fixes the date first (Administrative Penalty Law Art. 64(2))")
    public static let hearingNoticeNotConfigured = Phrase(
        "lawService.hearingNoticeNotConfigured",
        zh: "程序定义缺少听证通知期限参数“{0}”或听证日期输入项“{1}”，无法核对听证通知期限；请联系管理员",
        en: "the procedure lacks the hearing-notice parameter \"{0}\" or the hearing-date input \"{1}\"; the notice period cannot be checked; ask an administrator")

    // MARK: Service (送达)

    public static let servedInFuture = Phrase(
        "lawService.servedInFuture",
        zh: "送达日期{0}晚于今天{1}：送达记录登记已经完成的送达，请在送达后按送达回证或者回执上的日期登记",
        en: "the service date {0} is after today {1}: a service record records a service done; record it afterwards with the date on the receipt")
    public static let servedBeforeDocument = Phrase(
        "lawService.servedBeforeDocument",
        zh: "送达日期{0}早于文书作出之日{1}：请按送达回证或者回执上的实际日期登记",
        en: "the service date {0} is before the document was made on {1}: enter the actual date on the receipt")
    public static let serviceNotRecorded = Phrase(
        "lawService.serviceNotRecorded",
        zh: "文书尚未登记送达：自收到之日起计算的期限尚未开始，请先登记送达（送达方式、日期、受送达人）",
        en: "the document's service is not recorded: a period from receipt has not begun; record the service first (method, date, recipient)")

    // MARK: Execution (行政处罚法 Arts. 67, 72; 行政强制法 Arts. 35, 53, 54)

    public static let inputBadMoney = Phrase(
        "lawService.inputBadMoney",
        zh: "“{0}”应为金额（元），如8000或8000.50，收到的是“{1}”",
        en: "\"{0}\" must be an amount in yuan such as 8000 or 8000.50, got \"{1}\"")
    public static let paymentNotRecorded = Phrase(
        "lawService.paymentNotRecorded",
        zh: "决定书处以罚款{0}：执行完毕须登记缴款金额、缴款日期和缴款收据（票据）号码（《中华人民共和国行政处罚法》第六十七条）",
        en: "the decision imposes a fine of {0}: record the amount paid, the date and the receipt number before execution ends (Administrative Penalty Law Art. 67)")
    public static let paidInFuture = Phrase(
        "lawService.paidInFuture",
        zh: "缴款日期{0}晚于今天{1}：请按缴款收据上的日期登记",
        en: "the payment date {0} is after today {1}: enter the date on the receipt")
    public static let paymentShort = Phrase(
        "lawService.paymentShort",
        zh: "已缴{0}，不足应缴{1}（罚款{2}，加处罚款{3}：缴款期限{4}届满后每日按罚款数额的百分之三加处，不超过罚款数额，《中华人民共和国行政处罚法》第七十二条第一款第（一）项）",
        en: "{0} paid is less than the {1} owed (fine {2}, late-payment surcharge {3}: 3% of the fine a day after the last day {4}, at most the fine; Administrative Penalty Law Art. 72(1)(1))")
    public static let executionNotConfigured = Phrase(
        "lawService.executionNotConfigured",
        zh: "程序定义缺少执行参数“{0}”，无法计算加处罚款或者救济期限；请联系管理员",
        en: "the procedure lacks the execution parameter \"{0}\"; the surcharge or remedy periods cannot be reckoned; ask an administrator")
    public static let noFineDecided = Phrase(
        "lawService.noFineDecided",
        zh: "决定书没有罚款：无须催告缴纳或者申请强制执行罚款",
        en: "the decision imposes no fine: there is no payment to remind of or enforce")
    public static let remedyPeriodsRunning = Phrase(
        "lawService.remedyPeriodsRunning",
        zh: "当事人申请行政复议、提起行政诉讼的期限至{0}届满：期满后方可申请人民法院强制执行（《中华人民共和国行政强制法》第五十三条）",
        en: "the party's time to seek review or sue runs until {0}: the court may be asked to enforce only after it (Administrative Compulsion Law Art. 53)")
    public static let noReminder = Phrase(
        "lawService.noReminder",
        zh: "尚未催告：申请人民法院强制执行前，应当以书面形式催告当事人履行义务（《中华人民共和国行政强制法》第五十四条）",
        en: "no reminder yet: the party must be reminded in writing before the court is asked to enforce (Administrative Compulsion Law Art. 54)")
    public static let reminderRunning = Phrase(
        "lawService.reminderRunning",
        zh: "催告书于{0}作出，须满十日（至{1}）当事人仍未履行的，方可申请人民法院强制执行（《中华人民共和国行政强制法》第五十四条）",
        en: "the reminder was made on {0}; the court may be asked only once ten days have passed (after {1}) without payment (Administrative Compulsion Law Art. 54)")

    // MARK: Discretion bands

    public static let bandsTouch = Phrase(
        "lawService.bandsTouch",
        zh: "裁量等级“{0}”与“{1}”的罚款幅度有共同的数额（含端点相接）：以上、以下包括本数，较低等级应写“不满”下一等级的起点（below-max: true）",
        en: "the fine bands of levels \"{0}\" and \"{1}\" share an amount (touching bounds included): \"at least\" and \"at most\" include the number, so the lower level must end below the next one's start (below-max: true)")

    // MARK: Definitions

    public static let inputDuplicate = Phrase(
        "lawService.inputDuplicate",
        zh: "操作“{1}”的输入项“{0}”重复",
        en: "action \"{1}\" declares input \"{0}\" twice")
    public static let inputNoChoices = Phrase(
        "lawService.inputNoChoices",
        zh: "操作“{1}”的选择型输入项“{0}”没有choices",
        en: "action \"{1}\": choice input \"{0}\" has no choices")
    public static let inputChoicesNotChoice = Phrase(
        "lawService.inputChoicesNotChoice",
        zh: "操作“{1}”的输入项“{0}”不是choice类型，不能写choices",
        en: "action \"{1}\": input \"{0}\" is not a choice and cannot have choices")
    public static let inputRecuseNotUser = Phrase(
        "lawService.inputRecuseNotUser",
        zh: "操作“{1}”的输入项“{0}”不是user类型，不能写recuse-from",
        en: "action \"{1}\": input \"{0}\" is not a user and cannot have recuse-from")
    public static let inputRecuseUnknownStep = Phrase(
        "lawService.inputRecuseUnknownStep",
        zh: "操作“{1}”的输入项“{0}”的recuse-from指向不存在的环节“{2}”",
        en: "action \"{1}\": input \"{0}\" names unknown step \"{2}\" in recuse-from")
    public static let inputRecuseNoBasis = Phrase(
        "lawService.inputRecuseNoBasis",
        zh: "操作“{1}”的输入项“{0}”有recuse-from，须以basis写明回避规则的法律依据",
        en: "action \"{1}\": input \"{0}\" has recuse-from and must name the recusal rule's article in basis")
    public static let hearingGuardNeedsInput = Phrase(
        "lawService.hearingGuardNeedsInput",
        zh: "操作“{0}”使用守卫{1}，须声明必填的日期型输入项“{2}”",
        en: "action \"{0}\" uses guard {1} and must declare a required date input \"{2}\"")
    public static let hearingDateNeverSet = Phrase(
        "lawService.hearingDateNeverSet",
        zh: "操作“{0}”使用守卫{1}，但本程序没有任何操作声明日期型输入项“{2}”",
        en: "action \"{0}\" uses guard {1}, but no action of the procedure declares a date input \"{2}\"")

    public static let all: [Phrase] = [
        inputMissing, inputUnknown, inputBadDate, inputBadTime, inputBadChoice, inputTooLong, inputUnknownUser, inputRecused,
        servedInFuture, servedBeforeDocument, serviceNotRecorded,
        hearingNoticeLate, hearingServedBeforeNotice, hearingDateNotReached, hearingNotScheduled, hearingNoticeNotConfigured,
        inputBadMoney, paymentNotRecorded, paidInFuture, paymentShort, executionNotConfigured, noFineDecided, remedyPeriodsRunning,
        noReminder, reminderRunning,
        bandsTouch,
        inputDuplicate, inputNoChoices, inputChoicesNotChoice, inputRecuseNotUser, inputRecuseUnknownStep, inputRecuseNoBasis,
        hearingGuardNeedsInput, hearingDateNeverSet,
    ]
}
