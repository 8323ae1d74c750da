/// Phrases of the full-screen desk.
public enum DeskPhrases {
    public static let appTitle = Phrase("desk.appTitle", zh: "PowerDesk 南通市民族宗教事务局 行政权力网上运行", en: "PowerDesk · Nantong Ethnic and Religious Affairs Bureau")
    public static let loginTitle = Phrase("desk.loginTitle", zh: "用户登录", en: "Sign in")
    public static let loginUser = Phrase("desk.loginUser", zh: "用户名", en: "User")
    public static let loginPassword = Phrase("desk.loginPassword", zh: "密码", en: "Password")
    public static let loginHint = Phrase("desk.loginHint", zh: "Enter 登录　Tab 切换输入框　Esc 退出", en: "Enter sign in   Tab next field   Esc quit")
    public static let loginEmpty = Phrase("desk.loginEmpty", zh: "请输入用户名和密码", en: "enter your user name and password")
    public static let demoNote = Phrase("desk.demoNote", zh: "演示数据库：账号 clerk / handler / chief / legal / leader / admin / monitor，密码均为 demo", en: "demo database: accounts clerk / handler / chief / legal / leader / admin / monitor, password demo")
    public static let tabTodo = Phrase("desk.tabTodo", zh: "待办", en: "To do")
    public static let tabSection = Phrase("desk.tabSection", zh: "在办", en: "Section")
    public static let tabWarning = Phrase("desk.tabWarning", zh: "预警", en: "Warnings")
    public static let tabDone = Phrase("desk.tabDone", zh: "已办", en: "Done")
    public static let tabSearch = Phrase("desk.tabSearch", zh: "查询", en: "Search")
    public static let tabCount = Phrase("desk.tabCount", zh: "{0}({1})", en: "{0} ({1})")
    public static let userLine = Phrase("desk.userLine", zh: "{0}（{1}）", en: "{0} ({1})")
    public static let queueEmpty = Phrase("desk.queueEmpty", zh: "（没有办件）", en: "(no cases)")
    public static let queueHeader = Phrase("desk.queueHeader", zh: "流水号　　　　环节　　　　期限　　当事人／事由", en: "Serial        Step        Due     Party / subject")
    public static let remainingDays = Phrase("desk.remainingDays", zh: "余{0}", en: "{0} left")
    public static let overdueDays = Phrase("desk.overdueDays", zh: "超{0}", en: "{0} over")
    public static let dueDone = Phrase("desk.dueDone", zh: "已办结", en: "closed")
    public static let dueNone = Phrase("desk.dueNone", zh: "—", en: "—")
    public static let suspended = Phrase("desk.suspended", zh: "暂停", en: "held")
    public static let detailItem = Phrase("desk.detailItem", zh: "事项：{0}（{1}）", en: "Item: {0} ({1})")
    public static let detailParty = Phrase("desk.detailParty", zh: "当事人：{0}　{1} {2}", en: "Party: {0}   {1} {2}")
    public static let detailContact = Phrase("desk.detailContact", zh: "联系方式：{0}", en: "Contact: {0}")
    public static let detailStep = Phrase("desk.detailStep", zh: "环节：{0}　岗位：{1}　状态：{2}", en: "Step: {0}   post: {1}   status: {2}")
    public static let detailStatusOpen = Phrase("desk.detailStatusOpen", zh: "办理中", en: "open")
    public static let detailStatusSuspended = Phrase("desk.detailStatusSuspended", zh: "已暂停", en: "suspended")
    public static let detailStatusClosed = Phrase("desk.detailStatusClosed", zh: "已办结", en: "closed")
    public static let detailDeadlinesTitle = Phrase("desk.detailDeadlinesTitle", zh: "期限", en: "Deadlines")
    public static let deadlineStatutory = Phrase("desk.deadlineStatutory", zh: "法定", en: "statutory")
    public static let deadlinePromised = Phrase("desk.deadlinePromised", zh: "承诺", en: "promised")
    public static let deadlineStep = Phrase("desk.deadlineStep", zh: "本环节", en: "this step")
    public static let deadlineLine = Phrase("desk.deadlineLine", zh: "{0} {1}　{2}", en: "{0} {1}   {2}")
    public static let deadlineRemaining = Phrase("desk.deadlineRemaining", zh: "还剩{0}个工作日", en: "{0} working days left")
    public static let deadlineOverdue = Phrase("desk.deadlineOverdue", zh: "已超期{0}个工作日", en: "{0} working days overdue")
    public static let deadlineFinished = Phrase("desk.deadlineFinished", zh: "已于 {0} 办结", en: "finished {0}")
    public static let deadlineProvisional = Phrase("desk.deadlineProvisional", zh: "（{0}年节假日未录入，暂按周一至周五计）", en: "(holidays of {0} not loaded; counted Mon–Fri)")
    public static let detailFactsTitle = Phrase("desk.detailFactsTitle", zh: "关键信息", en: "Key facts")
    public static let detailMaterialsTitle = Phrase("desk.detailMaterialsTitle", zh: "材料", en: "Materials")
    public static let materialPresent = Phrase("desk.materialPresent", zh: "✓ {0}", en: "✓ {0}")
    public static let materialMissing = Phrase("desk.materialMissing", zh: "✗ {0}（缺）", en: "✗ {0} (missing)")
    public static let materialOptional = Phrase("desk.materialOptional", zh: "· {0}（可选）", en: "· {0} (optional)")
    public static let detailOpinionsTitle = Phrase("desk.detailOpinionsTitle", zh: "办理意见", en: "Opinions")
    public static let opinionLine = Phrase("desk.opinionLine", zh: "{0} {1} {2}：{3}", en: "{0} {1} {2}: {3}")
    public static let actionLine = Phrase("desk.actionLine", zh: "{0} {1} {2}", en: "{0} {1} {2}")
    public static let detailDocumentsTitle = Phrase("desk.detailDocumentsTitle", zh: "应出具文书", en: "Documents due")
    public static let detailPenaltyTitle = Phrase("desk.detailPenaltyTitle", zh: "处罚", en: "Penalty")
    public static let detailFlagsTitle = Phrase("desk.detailFlagsTitle", zh: "监察提示", en: "Supervision")
    public static let flowTitle = Phrase("desk.flowTitle", zh: "流程图：{0}", en: "Flowchart: {0}")
    public static let flowLegend = Phrase("desk.flowLegend", zh: "▶ 当前环节　✓ 已经过　⏸ 不计入期限", en: "▶ current   ✓ passed   ⏸ not counted")
    public static let keyActions = Phrase("desk.keyActions", zh: "操作", en: "act")
    public static let keyTag = Phrase("desk.keyTag", zh: "标记", en: "tag")
    public static let keyBulk = Phrase("desk.keyBulk", zh: "批量审批", en: "approve tagged")
    public static let keyFlow = Phrase("desk.keyFlow", zh: "流程图/详情", en: "flow/detail")
    public static let keyRefresh = Phrase("desk.keyRefresh", zh: "刷新", en: "refresh")
    public static let keySearch = Phrase("desk.keySearch", zh: "查询", en: "search")
    public static let keyHelp = Phrase("desk.keyHelp", zh: "帮助", en: "help")
    public static let keyQuit = Phrase("desk.keyQuit", zh: "退出", en: "quit")
    public static let keyTabs = Phrase("desk.keyTabs", zh: "切换标签", en: "tabs")
    public static let keyMove = Phrase("desk.keyMove", zh: "移动", en: "move")
    public static let keyPage = Phrase("desk.keyPage", zh: "翻页", en: "page")
    public static let keySubmit = Phrase("desk.keySubmit", zh: "提交", en: "submit")
    public static let keyCancel = Phrase("desk.keyCancel", zh: "取消", en: "cancel")
    public static let keyNextField = Phrase("desk.keyNextField", zh: "下一项", en: "next field")
    public static let keyChoose = Phrase("desk.keyChoose", zh: "选择", en: "choose")
    public static let keyClose = Phrase("desk.keyClose", zh: "关闭", en: "close")
    public static let actionsTitle = Phrase("desk.actionsTitle", zh: "可办理的操作：{0}", en: "Actions: {0}")
    public static let actionsNone = Phrase("desk.actionsNone", zh: "此办件在当前环节没有可办理的操作", en: "no actions at this case's step")
    public static let formTitle = Phrase("desk.formTitle", zh: "{0}　{1}", en: "{0}   {1}")
    public static let fieldOpinion = Phrase("desk.fieldOpinion", zh: "办理意见", en: "Opinion")
    public static let fieldReason = Phrase("desk.fieldReason", zh: "理由", en: "Reason")
    public static let fieldParticipants = Phrase("desk.fieldParticipants", zh: "协办执法人员（用户名，逗号分隔）", en: "Fellow officers (user names, comma-separated)")
    public static let fieldLevel = Phrase("desk.fieldLevel", zh: "裁量等级（←→ 选择）", en: "Circumstance level (← → to choose)")
    public static let fieldFine = Phrase("desk.fieldFine", zh: "罚款金额（元，可空）", en: "Fine in yuan (may be empty)")
    public static let fieldJustification = Phrase("desk.fieldJustification", zh: "超出裁量基准的书面理由", en: "Written justification outside the standard")
    public static let fieldRequired = Phrase("desk.fieldRequired", zh: "（必填）", en: "(required)")
    public static let fineRanges = Phrase("desk.fineRanges", zh: "法定幅度 {0}；本等级基准 {1}", en: "statutory range {0}; this level's standard {1}")
    public static let rangeText = Phrase("desk.rangeText", zh: "{0}至{1}", en: "{0} to {1}")
    public static let rangeUnknown = Phrase("desk.rangeUnknown", zh: "无法确定", en: "cannot be determined")
    public static let fineOutsideBand = Phrase("desk.fineOutsideBand", zh: "金额超出本等级基准，须填写书面理由，并将报送监察", en: "outside this level's standard: a written justification is required and supervision is told")
    public static let fineBad = Phrase("desk.fineBad", zh: "金额“{0}”无效：请输入元为单位的数字", en: "\"{0}\" is not an amount in yuan")
    public static let done = Phrase("desk.done", zh: "已完成：{0}（{1}）", en: "done: {0} ({1})")
    public static let refreshed = Phrase("desk.refreshed", zh: "已刷新", en: "refreshed")
    public static let tooSmall = Phrase("desk.tooSmall", zh: "终端窗口太小（{0}×{1}）：请放大到至少 80×24", en: "the terminal is too small ({0}×{1}): make it at least 80×24")
    public static let tagged = Phrase("desk.tagged", zh: "已标记 {0} 件", en: "{0} tagged")
    public static let bulkNothing = Phrase("desk.bulkNothing", zh: "请先用空格标记要审批的办件", en: "tag the cases to approve with Space first")
    public static let bulkTitle = Phrase("desk.bulkTitle", zh: "批量审批：{0} 件", en: "Approve {0} tagged cases")
    public static let bulkResult = Phrase("desk.bulkResult", zh: "批量审批完成：成功 {0} 件，未通过 {1} 件", en: "bulk approval: {0} done, {1} refused")
    public static let bulkFailure = Phrase("desk.bulkFailure", zh: "{0}：{1}", en: "{0}: {1}")
    public static let bulkNoApproval = Phrase("desk.bulkNoApproval", zh: "当前环节没有您可做的审批操作", en: "no approval of yours at this step")
    public static let searchPrompt = Phrase("desk.searchPrompt", zh: "查询（流水号、当事人、证件号、事项编码）：", en: "Search (serial, party, ID number, item code): ")
    public static let helpTitle = Phrase("desk.helpTitle", zh: "按键说明", en: "Keys")
    public static let helpClose = Phrase("desk.helpClose", zh: "按任意键关闭", en: "press any key to close")
    public static let readOnly = Phrase("desk.readOnly", zh: "监察岗位只能查看，不能办理", en: "supervision posts may look, not act")

    public static let all: [Phrase] = [
        appTitle, loginTitle, loginUser, loginPassword, loginHint,
        loginEmpty, demoNote, tabTodo, tabSection, tabWarning,
        tabDone, tabSearch, tabCount, userLine, queueEmpty,
        queueHeader, remainingDays, overdueDays, dueDone, dueNone,
        suspended, detailItem, detailParty, detailContact, detailStep,
        detailStatusOpen, detailStatusSuspended, detailStatusClosed, detailDeadlinesTitle, deadlineStatutory,
        deadlinePromised, deadlineStep, deadlineLine, deadlineRemaining, deadlineOverdue,
        deadlineFinished, deadlineProvisional, detailFactsTitle, detailMaterialsTitle, materialPresent,
        materialMissing, materialOptional, detailOpinionsTitle, opinionLine, actionLine,
        detailDocumentsTitle, detailPenaltyTitle, detailFlagsTitle, flowTitle, flowLegend,
        keyActions, keyTag, keyBulk, keyFlow, keyRefresh,
        keySearch, keyHelp, keyQuit, keyTabs, keyMove,
        keyPage, keySubmit, keyCancel, keyNextField, keyChoose,
        keyClose, actionsTitle, actionsNone, formTitle, fieldOpinion,
        fieldReason, fieldParticipants, fieldLevel, fieldFine, fieldJustification,
        fieldRequired, fineRanges, rangeText, rangeUnknown, fineOutsideBand,
        fineBad, done, refreshed, tooSmall, tagged,
        bulkNothing, bulkTitle, bulkResult, bulkFailure, bulkNoApproval,
        searchPrompt, helpTitle, helpClose, readOnly,
    ]
}
