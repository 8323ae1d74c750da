/// Phrases of the case engine: rejections a clerk can act on, names of penalties.
public enum EnginePhrases {
    public static let actionNotHere = Phrase("engine.actionNotHere", zh: "当前环节“{1}”没有操作“{0}”；可用的操作：{2}", en: "step \"{1}\" has no action \"{0}\"; actions here: {2}")
    public static let alreadyExtended = Phrase("engine.alreadyExtended", zh: "本案已延期一次，依法不能再次延期", en: "this case has been extended once already; the law allows no second extension")
    public static let cannotApproveOwn = Phrase("engine.cannotApproveOwn", zh: "上一环节由您本人办理，不能由您本人审批；请由其他人员审批", en: "you handled the previous step and cannot approve it yourself; another officer must approve")
    public static let caseAbsorbed = Phrase("engine.caseAbsorbed", zh: "本案已并入 {0} 办理，请在该案中操作", en: "this case has been merged into {0}; act on that case")
    public static let caseClosed = Phrase("engine.caseClosed", zh: "办件已办结，不能再操作", en: "the case is closed and cannot be acted on")
    public static let caseNotSuspended = Phrase("engine.caseNotSuspended", zh: "办件未暂停，无需恢复", en: "the case is not suspended")
    public static let caseSuspended = Phrase("engine.caseSuspended", zh: "办件已暂停，须先恢复办理", en: "the case is suspended; resume it first")
    public static let factBadCount = Phrase("engine.factBadCount", zh: "“{0}”应为整数，“{1}”无效", en: "\"{0}\" must be a whole number; \"{1}\" is not")
    public static let factBadDate = Phrase("engine.factBadDate", zh: "“{0}”应为日期（如 2026-03-16），“{1}”无效", en: "\"{0}\" must be a date (e.g. 2026-03-16); \"{1}\" is not")
    public static let factBadMoney = Phrase("engine.factBadMoney", zh: "“{0}”应为金额（元，最多两位小数），“{1}”无效", en: "\"{0}\" must be an amount in yuan (at most two decimals); \"{1}\" is not")
    public static let factBadNumber = Phrase("engine.factBadNumber", zh: "“{0}”应为数字，“{1}”无效", en: "\"{0}\" must be a number; \"{1}\" is not")
    public static let factEmpty = Phrase("engine.factEmpty", zh: "“{0}”不能为空", en: "\"{0}\" must not be empty")
    public static let factsMissing = Phrase("engine.factsMissing", zh: "关键信息未填写：{0}", en: "key facts missing: {0}")
    public static let justificationRequired = Phrase("engine.justificationRequired", zh: "处罚超出裁量基准时，须书面说明理由后方可作出，并将报送电子监察", en: "a penalty outside the discretion standard needs a written justification, and is reported to supervision")
    public static let kindBan = Phrase("engine.kindBan", zh: "予以取缔", en: "ban")
    public static let kindConfiscateGains = Phrase("engine.kindConfiscateGains", zh: "没收违法所得", en: "confiscation of illegal gains")
    public static let kindConfiscateProperty = Phrase("engine.kindConfiscateProperty", zh: "没收非法财物", en: "confiscation of illegal property")
    public static let kindDemolish = Phrase("engine.kindDemolish", zh: "责令限期拆除", en: "order to demolish")
    public static let kindFine = Phrase("engine.kindFine", zh: "罚款", en: "fine")
    public static let kindOrderCorrection = Phrase("engine.kindOrderCorrection", zh: "责令改正", en: "order to correct")
    public static let kindOrderStop = Phrase("engine.kindOrderStop", zh: "责令停止活动", en: "order to stop the activity")
    public static let kindRecommendDismissal = Phrase("engine.kindRecommendDismissal", zh: "建议暂停主持教务活动或取消教职身份", en: "recommendation to suspend or remove clerical status")
    public static let kindReplaceOfficer = Phrase("engine.kindReplaceOfficer", zh: "责令撤换主要负责人", en: "order to replace the person in charge")
    public static let kindRevoke = Phrase("engine.kindRevoke", zh: "吊销登记证书或设立许可", en: "revocation of registration or permit")
    public static let kindRevokeSite = Phrase("engine.kindRevokeSite", zh: "撤销临时活动地点", en: "revocation of the temporary site")
    public static let kindSuspendActivities = Phrase("engine.kindSuspendActivities", zh: "责令停止日常活动、改组管理组织", en: "order to stop routine activities and reorganise")
    public static let kindWarning = Phrase("engine.kindWarning", zh: "警告", en: "warning")
    public static let materialsAlreadyComplete = Phrase("engine.materialsAlreadyComplete", zh: "材料已齐全，无需补正", en: "the materials are complete; no correction is needed")
    public static let materialsMissing = Phrase("engine.materialsMissing", zh: "材料不全：缺少 {0}", en: "materials incomplete: missing {0}")
    public static let mergeClosed = Phrase("engine.mergeClosed", zh: "案件 {0} 已办结或已并案，不能再并入", en: "case {0} is closed or already merged and cannot be merged")
    public static let mergeDecided = Phrase("engine.mergeDecided", zh: "案件 {0} 已作出处罚决定，不能并案", en: "case {0} already has a decision and cannot be merged")
    public static let mergeNested = Phrase("engine.mergeNested", zh: "案件 {0} 本身已并有其他案件，请先在其中处理", en: "case {0} already carries merged cases; handle it there")
    public static let mergeNotPenalty = Phrase("engine.mergeNotPenalty", zh: "案件 {0} 不是行政处罚案件，不能并案", en: "case {0} is not a penalty case and cannot be merged")
    public static let mergeNothing = Phrase("engine.mergeNothing", zh: "请选择要并案的案件", en: "choose the cases to merge")
    public static let mergeOtherParty = Phrase("engine.mergeOtherParty", zh: "案件 {0} 的当事人“{1}”与本案不是同一当事人，不能并案", en: "the party of case {0} (\"{1}\") is not this case's party; cannot merge")
    public static let mergeSelf = Phrase("engine.mergeSelf", zh: "不能把本案并入本案", en: "a case cannot be merged into itself")
    public static let mergeSuspended = Phrase("engine.mergeSuspended", zh: "案件 {0} 已暂停，须先恢复再并案", en: "case {0} is suspended; resume it before merging")
    public static let mergeTwice = Phrase("engine.mergeTwice", zh: "案件 {0} 已在并案之列", en: "case {0} is already merged")
    public static let negativeCount = Phrase("engine.negativeCount", zh: "材料“{0}”的份数必须大于零", en: "the count of material \"{0}\" must be above zero")
    public static let negativeNeedsReasons = Phrase("engine.negativeNeedsReasons", zh: "“{0}”是否定性意见，须写明具体理由", en: "\"{0}\" is a negative opinion and must state its specific reasons")
    public static let noProposal = Phrase("engine.noProposal", zh: "尚未提出处罚意见，请先在调查终结时提出", en: "no penalty has been proposed yet; propose one when closing the investigation")
    public static let notYourPost = Phrase("engine.notYourPost", zh: "此操作须由{0}办理", en: "this action is for: {0}")
    public static let nothingToRecord = Phrase("engine.nothingToRecord", zh: "没有要登记的内容", en: "nothing to record")
    public static let opinionRequired = Phrase("engine.opinionRequired", zh: "“{0}”须填写办理意见", en: "\"{0}\" requires an opinion")
    public static let partyNameEmpty = Phrase("engine.partyNameEmpty", zh: "当事人名称不能为空", en: "the party's name must not be empty")
    public static let partyOrganization = Phrase("engine.partyOrganization", zh: "单位", en: "organisation")
    public static let partyPerson = Phrase("engine.partyPerson", zh: "个人", en: "person")
    public static let penaltyAmountMissing = Phrase("engine.penaltyAmountMissing", zh: "{0}须填写金额", en: "{0} needs an amount")
    public static let penaltyAmountNotAllowed = Phrase("engine.penaltyAmountNotAllowed", zh: "{0}没有金额，请勿填写金额", en: "{0} takes no amount")
    public static let penaltyBaseUnknown = Phrase("engine.penaltyBaseUnknown", zh: "“{0}”尚未认定，法律也未规定无法认定时的幅度，无法确定罚款幅度；请先录入“{0}”", en: "\"{0}\" has not been established and the law gives no fallback range; record \"{0}\" first")
    public static let penaltyCaseMissing = Phrase("engine.penaltyCaseMissing", zh: "并案决定缺少案件 {0} 的违法行为，每项违法行为须分别裁量", en: "the merged decision lacks case {0}'s violation; each violation is decided separately")
    public static let penaltyCaseTwice = Phrase("engine.penaltyCaseTwice", zh: "案件 {0} 的违法行为重复出现", en: "case {0}'s violation appears twice")
    public static let penaltyEmpty = Phrase("engine.penaltyEmpty", zh: "处罚内容为空，请至少填写一项", en: "the penalty is empty; give at least one sanction")
    public static let penaltyForeignCase = Phrase("engine.penaltyForeignCase", zh: "案件 {0} 不在本案及其并案之列", en: "case {0} is neither this case nor merged into it")
    public static let penaltyKindNotInLaw = Phrase("engine.penaltyKindNotInLaw", zh: "“{1}”的法定处罚种类中没有“{0}”", en: "\"{0}\" is not a penalty the law provides for \"{1}\"")
    public static let penaltyMandatoryMissing = Phrase("engine.penaltyMandatoryMissing", zh: "依法必须并处“{0}”（{1}），处罚内容中缺少", en: "the law requires \"{0}\" ({1}); it is missing")
    public static let penaltyNoBenchmark = Phrase("engine.penaltyNoBenchmark", zh: "事项 {0} 没有裁量基准，无法作出处罚", en: "item {0} has no discretion benchmark; no penalty can be decided")
    public static let penaltyOutsideBand = Phrase("engine.penaltyOutsideBand", zh: "罚款 {0} 超出“{1}”等级的裁量幅度（{2}至{3}）", en: "the fine {0} is outside the \"{1}\" band ({2} to {3})")
    public static let penaltyOutsideLaw = Phrase("engine.penaltyOutsideLaw", zh: "罚款 {0} 超出法定幅度（{1}至{2}，{3}），不能作出", en: "the fine {0} is outside the statutory range ({1} to {2}, {3}) and cannot be imposed")
    public static let penaltyRequired = Phrase("engine.penaltyRequired", zh: "“{0}”须填写处罚内容", en: "\"{0}\" requires the penalty")
    public static let penaltyTwice = Phrase("engine.penaltyTwice", zh: "同一违法行为不得重复给予“{0}”", en: "\"{0}\" cannot be imposed twice for the same act")
    public static let penaltyUnknownLevel = Phrase("engine.penaltyUnknownLevel", zh: "裁量等级“{0}”不存在；可选：{1}", en: "there is no level \"{0}\"; choose from: {1}")
    public static let penaltyWrongItem = Phrase("engine.penaltyWrongItem", zh: "案件 {0} 的事项应为 {1}", en: "case {0} belongs to item {1}")
    public static let procedureNotForItem = Phrase("engine.procedureNotForItem", zh: "程序“{0}”不适用于事项“{1}”", en: "procedure \"{0}\" does not apply to \"{1}\"")
    public static let reasonRequired = Phrase("engine.reasonRequired", zh: "“{0}”属于异常操作，须说明理由", en: "\"{0}\" is an abnormal operation and needs a reason")
    public static let reasonRequiredRepeated = Phrase("engine.reasonRequiredRepeated", zh: "本案第 {1} 次“{0}”，须说明理由", en: "this is \"{0}\" number {1} on this case; a reason is required")
    public static let repeatedAbnormalDetail = Phrase("engine.repeatedAbnormalDetail", zh: "第 {1} 次“{0}”", en: "\"{0}\" for the {1}th time")
    public static let simplifiedFineTooHigh = Phrase("engine.simplifiedFineTooHigh", zh: "简易程序罚款合计 {0} 超过对{1}的上限 {2}，请转普通程序", en: "the simplified procedure's total fine {0} exceeds the ceiling for a {1}, {2}; use the ordinary procedure")
    public static let simplifiedKindNotAllowed = Phrase("engine.simplifiedKindNotAllowed", zh: "简易程序只能给予警告或小额罚款，不能给予“{0}”", en: "the simplified procedure allows only a warning or a small fine, not \"{0}\"")
    public static let simplifiedNotConfigured = Phrase("engine.simplifiedNotConfigured", zh: "简易程序的罚款上限未设定，请联系管理员", en: "the simplified procedure's ceilings are not set; contact an admin")
    public static let subjectEmpty = Phrase("engine.subjectEmpty", zh: "办件事由（案件名称）不能为空", en: "the subject (case name) must not be empty")
    public static let tooFewOfficers = Phrase("engine.tooFewOfficers", zh: "须至少 {0} 名执法人员参与，目前 {1} 名", en: "at least {0} officers must take part; {1} listed")
    public static let unknownFact = Phrase("engine.unknownFact", zh: "事项“{1}”没有关键信息“{0}”", en: "item \"{1}\" has no key fact \"{0}\"")
    public static let unknownItem = Phrase("engine.unknownItem", zh: "事项 {0} 不存在或未生效", en: "item {0} does not exist or is not in force")
    public static let unknownMaterial = Phrase("engine.unknownMaterial", zh: "事项“{1}”没有材料“{0}”", en: "item \"{1}\" has no material \"{0}\"")
    public static let unknownStep = Phrase("engine.unknownStep", zh: "环节“{0}”不在本事项的流程中", en: "step \"{0}\" is not in this item's flow")

    public static let identityKindMismatch = Phrase("engine.identityKindMismatch", zh: "证件类型“{0}”与当事人类型不符：个人用身份证、护照或军官证，单位用统一社会信用代码或组织机构代码", en: "identity document \"{0}\" does not fit the party: persons use an ID card, passport or officer card; organisations a credit or organisation code")

    public static let factWrongType = Phrase("engine.factWrongType", zh: "“{0}”的值类型不对，请按字段要求填写", en: "\"{0}\" has a value of the wrong type")

    public static let heavierThanNotified = Phrase("engine.heavierThanNotified", zh: "决定重于已告知当事人的拟处罚（{0}）。不得因当事人陈述、申辩而加重处罚（行政处罚法第45条）；如查明新的事实，请退回补充调查，重新提出处理意见并重新告知", en: "the decision is heavier than the penalty notified to the party ({0}). A party's statement may not lead to a heavier penalty (Administrative Penalty Law Art. 45); if new facts were found, return the case for investigation, propose again and notify again")
    public static let heavierSanction = Phrase("engine.heavierSanction", zh: "增加了未告知的“{0}”", en: "adds “{0}”, which was not notified")
    public static let heavierFine = Phrase("engine.heavierFine", zh: "罚款{0}高于告知的{1}", en: "a fine of {0} above the {1} notified")
    public static let heavierViolation = Phrase("engine.heavierViolation", zh: "{0}的违法行为未经告知", en: "the violation of {0} was not notified")
    public static let periodNotElapsed = Phrase("engine.periodNotElapsed", zh: "“{0}”的期限至{1}届满，届满前不能办理“{2}”", en: "the period of “{0}” runs until {1}; “{2}” cannot be taken before it ends")
    public static let calendarUnavailable = Phrase("engine.calendarUnavailable", zh: "无法核对期限（未载入节假日安排），不能办理“{0}”", en: "the period cannot be checked (no holiday schedule loaded); “{0}” cannot be taken")

    public static let partyAddressEmpty = Phrase("engine.partyAddressEmpty", zh: "请填写当事人（申请人）的住所或地址：文书须载明并据以送达", en: "Give the party's (applicant's) address: documents state it and are served there")
    public static let amendmentNeedsReason = Phrase("engine.amendmentNeedsReason", zh: "更正当事人信息须写明理由", en: "Amending the party's details needs a reason")
    public static let factsFrozenByDecision = Phrase("engine.factsFrozenByDecision", zh: "已作出决定，认定的事实不能再改；文字笔误请更正文书，事实有误须依法撤销原决定后重新处理", en: "A decision has been made: the facts it rests on can no longer change. Correct the document for a clerical error; wrong facts need the decision revoked and the case handled again")

    public static let materialCountTooLarge = Phrase("engine.materialCountTooLarge", zh: "材料“{0}”的份数 {1} 超出上限：每种材料最多 {2} 份", en: "the count of material \"{0}\" ({1}) is above the limit: at most {2} copies of each material")
    public static let amountTooLarge = Phrase("engine.amountTooLarge", zh: "“{0}”的金额超出上限：最多 {1}", en: "the amount of \"{0}\" is above the limit of {1}")

    public static let confiscationRequired = Phrase("engine.confiscationRequired", zh: "依据{2}，有{1}的应当{0}（已认定{1}：{3}），处罚内容中缺少", en: "under {2}, where there are {1} \"{0}\" is required (recorded {1}: {3}); it is missing")
    public static let confiscationGainsUnrecorded = Phrase("engine.confiscationGainsUnrecorded", zh: "{0}以认定的“{1}”数额为准，请先录入“{1}”", en: "\"{0}\" takes the established \"{1}\"; record \"{1}\" first")
    public static let confiscationNoGains = Phrase("engine.confiscationNoGains", zh: "已查明无违法所得（“{0}”为0），不得没收违法所得", en: "no illegal gains were found (\"{0}\" is 0); there are no gains to confiscate")
    public static let confiscationAboveGains = Phrase("engine.confiscationAboveGains", zh: "没收违法所得 {0} 超过认定的“{2}” {1}，不能作出", en: "confiscating {0} exceeds the established \"{2}\" of {1} and cannot be decided")
    public static let confiscationBelowGains = Phrase("engine.confiscationBelowGains", zh: "没收违法所得 {0} 少于认定的“{2}” {1}：只有依法应当退赔的部分可以不予没收（《行政处罚法》第28条第2款）", en: "confiscating {0} is less than the established \"{2}\" of {1}: only what must be returned to those harmed may be left (Administrative Penalty Law Art. 28(2))")
    public static let propertyListMissing = Phrase("engine.propertyListMissing", zh: "没收非法财物须逐项列明财物名称和数量（《行政处罚法》第59条）", en: "confiscating illegal property needs a list of each thing and how many (Administrative Penalty Law Art. 59)")
    public static let propertyLineBad = Phrase("engine.propertyLineBad", zh: "非法财物“{0}”无法识别：每行写“名称 数量 单位”，数量为正数", en: "illegal property \"{0}\" cannot be read: one per line as \"name quantity unit\", the quantity a positive number")
    public static let propertyNotAllowed = Phrase("engine.propertyNotAllowed", zh: "{0}不附非法财物清单", en: "{0} takes no list of property")
    public static let penaltyBaseZero = Phrase("engine.penaltyBaseZero", zh: "“{0}”已查明为0：按其倍数或者比例计算的罚款为0，“无法确定”时的罚款只适用于数额无法确定的情形（{1}），不能处以罚款", en: "\"{0}\" was found to be 0: a fine reckoned on it is nil, and the sum for when it cannot be determined does not apply ({1}); no fine can be imposed")
    public static let simplifiedConfiscation = Phrase("engine.simplifiedConfiscation", zh: "本案已认定“{0}”，依法应当{1}，不适用简易程序（《行政处罚法》第51条），请转普通程序", en: "\"{0}\" is recorded and the law requires \"{1}\": the simplified procedure does not apply (Administrative Penalty Law Art. 51); use the ordinary procedure")

    public static let limitationNotConfigured = Phrase("engine.limitationNotConfigured", zh: "本事项未设定追责时效的起算事实或期间，无法审查是否超过时效（《行政处罚法》第36条），请联系管理员", en: "this item has no limitation fact or period, so the limitation cannot be checked (Administrative Penalty Law Art. 36); contact an admin")
    public static let limitationFactMissing = Phrase("engine.limitationFactMissing", zh: "请先录入“{0}”：是否超过追责时效据此计算（《行政处罚法》第36条）", en: "record \"{0}\" first: the limitation is reckoned from it (Administrative Penalty Law Art. 36)")
    public static let limitationExpired = Phrase("engine.limitationExpired", zh: "违法行为超过追责时效，不再给予行政处罚（《行政处罚法》第36条）：“{0}”为{1}，{2}年期限至{3}届满，本案{4}登记", en: "the act is beyond the limitation and can no longer be penalised (Administrative Penalty Law Art. 36): \"{0}\" is {1}, the {2}-year period ended on {3}, the case was registered on {4}")

    public static let officerNotCertified = Phrase("engine.officerNotCertified", zh: "“{0}”未持有有效的行政执法证件，不能作为执法人员（《行政处罚法》第42条）", en: "\"{0}\" holds no valid enforcement certificate and cannot act as an officer (Administrative Penalty Law Art. 42)")
    public static let officerPostBarred = Phrase("engine.officerPostBarred", zh: "“{0}”担任{1}岗位，不能作为执法人员", en: "\"{0}\" holds the post {1} and cannot act as an officer")

    public static let penaltyReduced = Phrase("engine.penaltyReduced", zh: "减轻处罚：罚款 {0} 低于最低额 {2}，依据《行政处罚法》第32条第{1}项", en: "reduced penalty: the fine {0} is below the minimum {2}, under Administrative Penalty Law Art. 32 item {1}")
    public static let penaltyBelowMinimum = Phrase("engine.penaltyBelowMinimum", zh: "罚款 {0} 低于最低额 {1}（{2}）：只有具备《行政处罚法》第32条规定情形、依法减轻处罚的，才能低于最低额，请写明情形和理由", en: "the fine {0} is below the minimum {1} ({2}): only a reduced penalty on a ground of Administrative Penalty Law Art. 32 may be; give the ground and the reasons")
    public static let reducedNotOnTheSpot = Phrase("engine.reducedNotOnTheSpot", zh: "减轻处罚须经法制审核，不适用简易程序（《行政处罚法》第32条、第58条），请转普通程序", en: "a reduced penalty needs legal review and cannot be decided on the spot (Administrative Penalty Law Arts. 32, 58); use the ordinary procedure")

    public static let all: [Phrase] = [
        penaltyReduced, penaltyBelowMinimum, reducedNotOnTheSpot,
        officerNotCertified, officerPostBarred,
        limitationNotConfigured, limitationFactMissing, limitationExpired,
        confiscationRequired, confiscationGainsUnrecorded, confiscationNoGains, confiscationAboveGains, confiscationBelowGains,
        propertyListMissing, propertyLineBad, propertyNotAllowed, penaltyBaseZero, simplifiedConfiscation,
        materialCountTooLarge, amountTooLarge,
        partyAddressEmpty, amendmentNeedsReason, factsFrozenByDecision, heavierThanNotified, heavierSanction, heavierFine, heavierViolation, periodNotElapsed, calendarUnavailable,
        factWrongType,        identityKindMismatch,
        actionNotHere, alreadyExtended, cannotApproveOwn, caseAbsorbed,
        caseClosed, caseNotSuspended, caseSuspended, factBadCount,
        factBadDate, factBadMoney, factBadNumber, factEmpty,
        factsMissing, justificationRequired, kindBan, kindConfiscateGains,
        kindConfiscateProperty, kindDemolish, kindFine, kindOrderCorrection,
        kindOrderStop, kindRecommendDismissal, kindReplaceOfficer, kindRevoke,
        kindRevokeSite, kindSuspendActivities, kindWarning, materialsAlreadyComplete,
        materialsMissing, mergeClosed, mergeDecided, mergeNested,
        mergeNotPenalty, mergeNothing, mergeOtherParty, mergeSelf,
        mergeSuspended, mergeTwice, negativeCount, negativeNeedsReasons,
        noProposal, notYourPost, nothingToRecord, opinionRequired,
        partyNameEmpty, partyOrganization, partyPerson, penaltyAmountMissing,
        penaltyAmountNotAllowed, penaltyBaseUnknown, penaltyCaseMissing, penaltyCaseTwice,
        penaltyEmpty, penaltyForeignCase, penaltyKindNotInLaw, penaltyMandatoryMissing,
        penaltyNoBenchmark, penaltyOutsideBand, penaltyOutsideLaw, penaltyRequired,
        penaltyTwice, penaltyUnknownLevel, penaltyWrongItem, procedureNotForItem,
        reasonRequired, reasonRequiredRepeated, repeatedAbnormalDetail, simplifiedFineTooHigh,
        simplifiedKindNotAllowed, simplifiedNotConfigured, subjectEmpty, tooFewOfficers,
        unknownFact, unknownItem, unknownMaterial, unknownStep,
    ]
}
