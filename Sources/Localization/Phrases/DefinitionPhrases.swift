/// Phrases of the definition language: the loader's and validator's diagnostics.
public enum DefinitionPhrases {
    public static let warningTag = Phrase("definition.warningTag", zh: "警告：", en: "warning: ")
    public static let fileTooLarge = Phrase("definition.fileTooLarge", zh: "文件过大（{0} 字节），定义文件不得超过 {1} 字节；请检查是否选错了文件", en: "file too large ({0} bytes); a definition may not exceed {1} bytes — check that this is the right file")
    public static let binaryFile = Phrase("definition.binaryFile", zh: "这不是文本文件（含有空字节），无法作为定义读取；请选择 .yaml 文本文件", en: "this is not a text file (it contains NUL bytes); choose a .yaml text file")
    public static let notUTF8 = Phrase("definition.notUTF8", zh: "文件不是 UTF-8 编码；请用 UTF-8 保存后重试", en: "the file is not UTF-8; save it as UTF-8 and try again")
    public static let emptyFile = Phrase("definition.emptyFile", zh: "文件为空；定义至少需要写明编码和名称", en: "the file is empty; a definition needs at least a code and a name")
    public static let yamlSyntax = Phrase("definition.yamlSyntax", zh: "YAML 格式错误：{0}；请检查此处的缩进、冒号和引号", en: "YAML syntax error: {0}; check the indentation, colons and quotes here")
    public static let duplicateKey = Phrase("definition.duplicateKey", zh: "同一层级中重复出现键：{0}；每个键只能写一次", en: "duplicate key at the same level: {0}; write each key once")
    public static let tabIndent = Phrase("definition.tabIndent", zh: "此行用制表符（Tab）缩进；YAML 只允许空格缩进，请改为空格", en: "this line is indented with a tab; YAML allows spaces only")
    public static let tooDeep = Phrase("definition.tooDeep", zh: "嵌套层级过深（超过 {0} 层）；定义文件不需要这么深的结构", en: "nesting too deep (over {0} levels); no definition needs that")
    public static let expectedMapping = Phrase("definition.expectedMapping", zh: "此处应为“键: 值”形式的映射", en: "a mapping (key: value) is expected here")
    public static let unknownKeySuggest = Phrase("definition.unknownKeySuggest", zh: "未知的键“{0}”；是否应为“{1}”？", en: "unknown key \"{0}\"; did you mean \"{1}\"?")
    public static let unknownKey = Phrase("definition.unknownKey", zh: "未知的键“{0}”；此处可用的键：{1}", en: "unknown key \"{0}\"; keys allowed here: {1}")
    public static let missingKey = Phrase("definition.missingKey", zh: "缺少必填的键“{0}”", en: "required key \"{0}\" is missing")
    public static let expectedScalar = Phrase("definition.expectedScalar", zh: "“{0}”应为单个值（文字或数字）", en: "\"{0}\" must be a single value (text or number)")
    public static let emptyValue = Phrase("definition.emptyValue", zh: "“{0}”不能为空", en: "\"{0}\" must not be empty")
    public static let expectedInteger = Phrase("definition.expectedInteger", zh: "“{0}”的值“{1}”不是 {2} 到 {3} 之间的整数", en: "\"{0}\" = \"{1}\" is not a whole number from {2} to {3}")
    public static let expectedBool = Phrase("definition.expectedBool", zh: "“{0}”的值“{1}”应为 true 或 false", en: "\"{0}\" = \"{1}\" must be true or false")
    public static let badChoice = Phrase("definition.badChoice", zh: "“{0}”的值“{1}”无效；可选：{2}", en: "\"{0}\" = \"{1}\" is not allowed; choose one of: {2}")
    public static let expectedList = Phrase("definition.expectedList", zh: "“{0}”应为列表", en: "\"{0}\" must be a list")
    public static let badAmount = Phrase("definition.badAmount", zh: "“{0}”的金额“{1}”无效；请写元为单位的数字，最多两位小数", en: "\"{0}\" = \"{1}\" is not an amount; write yuan with at most two decimals")
    public static let rangeMixed = Phrase("definition.rangeMixed", zh: "罚款幅度只能用一种写法：固定金额（min/max）、倍数（multiple）或百分比（percent）", en: "a fine range uses one form only: fixed (min/max), multiple or percent")
    public static let rangeInverted = Phrase("definition.rangeInverted", zh: "幅度下限 {0} 大于上限 {1}", en: "the lower bound {0} is above the upper bound {1}")
    public static let rangeOfOnlyForFactor = Phrase("definition.rangeOfOnlyForFactor", zh: "“of”和“undetermined”只用于倍数或百分比幅度", en: "\"of\" and \"undetermined\" belong to multiple or percent ranges only")
    public static let rangeFactorShape = Phrase("definition.rangeFactorShape", zh: "“{0}”应写成两个数的列表，如 [1, 3]", en: "\"{0}\" must be a list of two numbers, e.g. [1, 3]")
    public static let rangeNeedsFact = Phrase("definition.rangeNeedsFact", zh: "“{0}”幅度需要用“of”指明以哪个金额事实为基数（如违法所得）", en: "a \"{0}\" range needs \"of\": the money fact it is based on (e.g. illegal gains)")
    public static let unknownStep = Phrase("definition.unknownStep", zh: "不存在的环节“{0}”", en: "there is no step \"{0}\"")
    public static let unknownGuardSuggest = Phrase("definition.unknownGuardSuggest", zh: "未知的条件“{0}”；是否应为“{1}”？", en: "unknown guard \"{0}\"; did you mean \"{1}\"?")
    public static let unknownGuard = Phrase("definition.unknownGuard", zh: "未知的条件“{0}”；可用的条件：{1}", en: "unknown guard \"{0}\"; known guards: {1}")
    public static let factNeedsUnit = Phrase("definition.factNeedsUnit", zh: "关键信息“{0}”是数值或面积，须写明单位（unit）", en: "key fact \"{0}\" is a number or area and needs a unit")
    public static let missingBureau = Phrase("definition.missingBureau", zh: "缺少全局定义文件（含“bureau:”的 bureau.yaml）；岗位、处室和文书都在其中定义", en: "the bureau file (bureau.yaml, with \"bureau:\") is missing; posts, sections and documents are defined there")
    public static let duplicateBureau = Phrase("definition.duplicateBureau", zh: "全局定义重复；已在 {0} 中定义", en: "the bureau is defined twice; first in {0}")
    public static let duplicateCode = Phrase("definition.duplicateCode", zh: "{0} 中的编码“{1}”重复", en: "code \"{1}\" appears twice in {0}")
    public static let duplicateProcedure = Phrase("definition.duplicateProcedure", zh: "程序编码“{0}”重复；已在 {1} 中定义", en: "procedure \"{0}\" is defined twice; first at {1}")
    public static let duplicateStep = Phrase("definition.duplicateStep", zh: "环节编码“{0}”重复（第 {1} 行已有）", en: "step \"{0}\" is defined twice (first on line {1})")
    public static let startMissing = Phrase("definition.startMissing", zh: "起始环节“{0}”不存在", en: "the start step \"{0}\" does not exist")
    public static let startIsEnd = Phrase("definition.startIsEnd", zh: "起始环节“{0}”不能是结束环节", en: "the start step \"{0}\" cannot be an end step")
    public static let noEndStep = Phrase("definition.noEndStep", zh: "程序没有任何结束环节（end: true）；办件将无法办结", en: "the procedure has no end step (end: true); no case could ever finish")
    public static let unreachableStep = Phrase("definition.unreachableStep", zh: "环节“{0}”从起始环节无法到达", en: "step \"{0}\" cannot be reached from the start")
    public static let deadEnd = Phrase("definition.deadEnd", zh: "从环节“{0}”无法到达任何结束环节；办件会停在这里", en: "no end step can be reached from \"{0}\"; cases would be stuck there")
    public static let returnNotUpstream = Phrase("definition.returnNotUpstream", zh: "退回操作“{0}”的目标“{1}”不是本环节之前的环节", en: "return \"{0}\" goes to \"{1}\", which is not an earlier step")
    public static let missingParameter = Phrase("definition.missingParameter", zh: "使用简易程序条件须在 parameters 中设定“{0}”", en: "the simplified-procedure guard needs parameter \"{0}\"")
    public static let endHasActions = Phrase("definition.endHasActions", zh: "结束环节“{0}”不能再有操作", en: "end step \"{0}\" cannot have actions")
    public static let noActions = Phrase("definition.noActions", zh: "环节“{0}”没有任何操作，也不是结束环节；办件会停在这里", en: "step \"{0}\" has no actions and is not an end; cases would be stuck there")
    public static let unknownPost = Phrase("definition.unknownPost", zh: "未知的岗位“{0}”；已定义的岗位：{1}", en: "unknown post \"{0}\"; defined posts: {1}")
    public static let duplicateAction = Phrase("definition.duplicateAction", zh: "环节“{1}”中操作编码“{0}”重复（第 {2} 行已有）", en: "action \"{0}\" appears twice in step \"{1}\" (first on line {2})")
    public static let suspendWithoutResume = Phrase("definition.suspendWithoutResume", zh: "环节“{0}”可以暂停却没有恢复操作；暂停的办件将无法继续", en: "step \"{0}\" can suspend but has no resume; suspended cases could never go on")
    public static let targetNotAllowed = Phrase("definition.targetNotAllowed", zh: "操作“{0}”属于“{1}”类，停留在本环节，不能写“to”", en: "action \"{0}\" is of kind \"{1}\" and stays at its step; remove \"to\"")
    public static let endTargetRequired = Phrase("definition.endTargetRequired", zh: "操作“{0}”是撤回或终止，其目标“{1}”必须是结束环节", en: "action \"{0}\" withdraws or terminates; its target \"{1}\" must be an end step")
    public static let unknownTarget = Phrase("definition.unknownTarget", zh: "操作“{0}”的目标环节“{1}”不存在（是否应为“{2}”？）", en: "action \"{0}\" leads to \"{1}\", which does not exist (did you mean \"{2}\"?)")
    public static let targetRequired = Phrase("definition.targetRequired", zh: "操作“{0}”缺少目标环节“to”", en: "action \"{0}\" needs a target step \"to\"")
    public static let unknownDocument = Phrase("definition.unknownDocument", zh: "未定义的文书“{0}”（是否应为“{1}”？）；文书类型在 bureau.yaml 中定义", en: "document \"{0}\" is not defined (did you mean \"{1}\"?); document types are defined in bureau.yaml")
    public static let periodGuardWithoutPeriod = Phrase("definition.periodGuardWithoutPeriod", zh: "操作“{0}”要求期限届满（period-elapsed），但环节“{1}”没有写期限“limit”或等待期“wait”", en: "action \"{0}\" waits for a period to end (period-elapsed), but step \"{1}\" has no \"limit\" or \"wait\"")
    public static let extensionMissing = Phrase("definition.extensionMissing", zh: "延期操作“{0}”须写明延长的期限“extension”", en: "extension action \"{0}\" must state the extension")
    public static let extensionNotAllowed = Phrase("definition.extensionNotAllowed", zh: "只有延期类操作才能写“extension”（操作“{0}”）", en: "only an extend action may state \"extension\" (action \"{0}\")")
    public static let duplicateItem = Phrase("definition.duplicateItem", zh: "事项编码“{0}”重复；已在 {1} 中使用", en: "item code \"{0}\" is used twice; first at {1}")
    public static let badItemCode = Phrase("definition.badItemCode", zh: "事项编码“{0}”不符合编码规则 320600-类别-三位序号（类别：XK 许可、CF 处罚、QZ 强制、QT 其他）", en: "item code \"{0}\" does not follow 320600-KIND-NNN (KIND: XK licence, CF penalty, QZ enforcement, QT other)")
    public static let kindCodeMismatch = Phrase("definition.kindCodeMismatch", zh: "事项编码“{0}”与类别“{1}”不符；应使用“{2}”", en: "item code \"{0}\" does not match kind \"{1}\"; use \"{2}\"")
    public static let unknownSection = Phrase("definition.unknownSection", zh: "未知的承办处室“{0}”；已定义的处室：{1}", en: "unknown section \"{0}\"; defined sections: {1}")
    public static let missingPublicField = Phrase("definition.missingPublicField", zh: "缺少应公开的信息“{0}”（{1}）", en: "public information \"{0}\" ({1}) is missing")
    public static let unknownPublicField = Phrase("definition.unknownPublicField", zh: "“{1}”类事项没有公开信息项“{0}”（是否应为“{2}”？）", en: "items of kind \"{1}\" have no public field \"{0}\" (did you mean \"{2}\"?)")
    public static let statutoryLimitRequired = Phrase("definition.statutoryLimitRequired", zh: "许可和处罚事项必须写明法定期限（limits.statutory）", en: "licence and penalty items must state a statutory limit (limits.statutory)")
    public static let promisedExceedsStatutory = Phrase("definition.promisedExceedsStatutory", zh: "承诺期限 {0} 长于法定期限 {1}", en: "the promised limit {0} is longer than the statutory limit {1}")
    public static let limitUnitsDiffer = Phrase("definition.limitUnitsDiffer", zh: "承诺期限与法定期限单位不同，无法逐日比较；请确认承诺期限不超过法定期限", en: "promised and statutory limits use different units and cannot be compared exactly; check that the promise fits")
    public static let unknownProcedure = Phrase("definition.unknownProcedure", zh: "未知的程序“{0}”；已定义的程序：{1}", en: "unknown procedure \"{0}\"; defined procedures: {1}")
    public static let procedureKindMismatch = Phrase("definition.procedureKindMismatch", zh: "程序“{0}”不适用于“{1}”类事项", en: "procedure \"{0}\" does not apply to items of kind \"{1}\"")
    public static let overrideUnknownAction = Phrase("definition.overrideUnknownAction", zh: "环节“{1}”中没有操作“{0}”", en: "step \"{1}\" has no action \"{0}\"")
    public static let discretionRequired = Phrase("definition.discretionRequired", zh: "处罚事项必须有自由裁量基准（discretion）", en: "a penalty item needs a discretion benchmark (discretion)")
    public static let discretionNotAllowed = Phrase("definition.discretionNotAllowed", zh: "“{0}”类事项不设处罚裁量基准", en: "items of kind \"{0}\" carry no penalty benchmark")
    public static let bandKindNotStatutory = Phrase("definition.bandKindNotStatutory", zh: "裁量标准中的处罚种类“{0}”不在法定处罚种类之中", en: "penalty \"{0}\" in a band is not among the statutory penalties")
    public static let bandOutsideStatutory = Phrase("definition.bandOutsideStatutory", zh: "裁量等级“{0}”的“{1}”幅度超出了法定幅度", en: "level \"{0}\": the \"{1}\" band leaves the statutory range")
    public static let rangeNotAllowed = Phrase("definition.rangeNotAllowed", zh: "处罚种类“{0}”没有金额，不能写幅度", en: "penalty \"{0}\" has no amount and takes no range")
    public static let fineNeedsRange = Phrase("definition.fineNeedsRange", zh: "罚款必须写明幅度（min/max、multiple 或 percent）", en: "a fine needs a range (min/max, multiple or percent)")
    public static let rangeFactNotMoney = Phrase("definition.rangeFactNotMoney", zh: "幅度基数“{0}”必须是金额（money）类关键信息", en: "the range base \"{0}\" must be a money fact")
    public static let rangeFactUnknown = Phrase("definition.rangeFactUnknown", zh: "幅度基数“{0}”不是本事项定义的关键信息", en: "the range base \"{0}\" is not a fact of this item")
    public static let pathMissing = Phrase("definition.pathMissing", zh: "路径不存在；请检查拼写", en: "the path does not exist; check the spelling")
    public static let unreadable = Phrase("definition.unreadable", zh: "无法读取此文件；请检查权限", en: "cannot read this file; check its permissions")

    public static let unknownPublicFieldList = Phrase("definition.unknownPublicFieldList", zh: "“{1}”类事项没有公开信息项“{0}”；可用的信息项：{2}", en: "items of kind \"{1}\" have no public field \"{0}\"; fields: {2}")
    public static let unknownDocumentNoGuess = Phrase("definition.unknownDocumentNoGuess", zh: "未定义的文书“{0}”；文书类型在 bureau.yaml 中定义", en: "document \"{0}\" is not defined; document types are defined in bureau.yaml")
    public static let unknownTargetNoGuess = Phrase("definition.unknownTargetNoGuess", zh: "操作“{0}”的目标环节“{1}”不存在", en: "action \"{0}\" leads to \"{1}\", which does not exist")

    public static let kindLicence = Phrase("definition.kind.licence", zh: "行政许可", en: "licence")
    public static let kindPenalty = Phrase("definition.kind.penalty", zh: "行政处罚", en: "penalty")
    public static let kindEnforcement = Phrase("definition.kind.enforcement", zh: "行政强制", en: "enforcement")
    public static let kindOther = Phrase("definition.kind.other", zh: "其他行政行为", en: "other act")

    public static let conditionFactUnknown = Phrase("definition.conditionFactUnknown", zh: "required-when 引用的关键信息“{0}”不存在", en: "required-when names the fact \"{0}\", which the item does not record")
    public static let conditionAndMandatory = Phrase("definition.conditionAndMandatory", zh: "“{0}”不能同时标注 mandatory 和 required-when", en: "\"{0}\" cannot be both mandatory and required-when")

    public static let limitationRequired = Phrase("definition.limitationRequired", zh: "行政处罚事项须写明 limitation（追责时效的起算日期，《行政处罚法》第36条）", en: "a penalty item needs limitation: the date fact the limitation runs from (Administrative Penalty Law Art. 36)")
    public static let limitationFactUnknown = Phrase("definition.limitationFactUnknown", zh: "limitation 引用的关键信息“{0}”不存在", en: "limitation names the fact \"{0}\", which the item does not record")
    public static let limitationFactNotRequiredDate = Phrase("definition.limitationFactNotRequiredDate", zh: "追责时效的起算事实“{0}”须为必填的日期（date, required: true）", en: "the limitation fact \"{0}\" must be a required date")

    public static let all: [Phrase] = [
        limitationRequired, limitationFactUnknown, limitationFactNotRequiredDate,
        conditionFactUnknown, conditionAndMandatory,
        kindLicence, kindPenalty, kindEnforcement, kindOther,
        unknownPublicFieldList, unknownDocumentNoGuess, unknownTargetNoGuess,
        warningTag, fileTooLarge, binaryFile, notUTF8,
        emptyFile, yamlSyntax, duplicateKey, tabIndent,
        tooDeep, expectedMapping, unknownKeySuggest, unknownKey,
        missingKey, expectedScalar, emptyValue, expectedInteger,
        expectedBool, badChoice, expectedList, badAmount,
        rangeMixed, rangeInverted, rangeOfOnlyForFactor, rangeFactorShape,
        rangeNeedsFact, unknownStep, unknownGuardSuggest, unknownGuard,
        factNeedsUnit, missingBureau, duplicateBureau, duplicateCode,
        duplicateProcedure, duplicateStep, startMissing, startIsEnd,
        noEndStep, unreachableStep, deadEnd, returnNotUpstream,
        missingParameter, endHasActions, noActions, unknownPost,
        duplicateAction, suspendWithoutResume, targetNotAllowed, endTargetRequired,
        unknownTarget, targetRequired, unknownDocument, periodGuardWithoutPeriod, extensionMissing,
        extensionNotAllowed, duplicateItem, badItemCode, kindCodeMismatch,
        unknownSection, missingPublicField, unknownPublicField, statutoryLimitRequired,
        promisedExceedsStatutory, limitUnitsDiffer, unknownProcedure, procedureKindMismatch,
        overrideUnknownAction, discretionRequired, discretionNotAllowed, bandKindNotStatutory,
        bandOutsideStatutory, rangeNotAllowed, fineNeedsRange, rangeFactNotMoney,
        rangeFactUnknown, pathMissing, unreadable,
    ]
}
