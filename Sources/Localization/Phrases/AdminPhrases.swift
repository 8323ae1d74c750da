/// Phrases of issue 14's storage and administration side: kept tab counts, user administration,
/// legal's review of drafts and the training clock.
public enum AdminPhrases {
    public static let countMismatch = Phrase(
        "admin.countMismatch", zh: "待办等页签的计数与办件不一致（{0}）：计数表被改动过；请用备份恢复或联系管理员",
        en: "the desk's tab counts do not match the cases ({0}): the counts were altered; restore a backup or call the administrator")

    // User administration.
    public static let cannotDisableSelf = Phrase(
        "admin.cannotDisableSelf", zh: "不能停用自己的账号；请由另一位管理员操作", en: "you cannot disable your own account; ask another administrator")
    public static let alreadyEnabled = Phrase("admin.alreadyEnabled", zh: "用户 {0} 本来就是启用状态，未作改动", en: "user {0} is already enabled; nothing changed")
    public static let alreadyDisabled = Phrase("admin.alreadyDisabled", zh: "用户 {0} 已经停用，未作改动", en: "user {0} is already disabled; nothing changed")
    public static let samePassword = Phrase("admin.samePassword", zh: "新密码不能与当前密码相同；请换一个", en: "the new password must differ from the current one")
    public static let wrongCurrentPassword = Phrase(
        "admin.wrongCurrentPassword", zh: "当前密码不正确（或账号已停用），密码未修改；请重新输入", en: "the current password is wrong (or the account is disabled); nothing changed")
    public static let noPosts = Phrase("admin.noPosts", zh: "至少要给出一个岗位", en: "give at least one post")
    public static let unknownPost = Phrase(
        "admin.unknownPost", zh: "没有岗位“{0}”；现行定义中的岗位有：{1}", en: "there is no post \"{0}\"; the posts in force are: {1}")
    public static let postsUnchanged = Phrase("admin.postsUnchanged", zh: "用户 {0} 的岗位与给出的相同，未作改动", en: "user {0} already holds exactly these posts; nothing changed")
    public static let lastAdmin = Phrase(
        "admin.lastAdmin", zh: "这是最后一位启用的管理员，不能去掉其管理员岗位；请先给另一位用户管理员岗位",
        en: "this is the last active administrator and keeps the admin post; give it to another user first")
    public static let mustChangePassword = Phrase(
        "admin.mustChangePassword", zh: "用户 {0} 的密码已由管理员重置，须先修改密码：powerdesk user passwd --user {0}（或在桌面登录时修改）",
        en: "the password of {0} was reset by an administrator; change it first: powerdesk user passwd --user {0} (or at the desk's sign-in)")
    public static let newPasswordMissing = Phrase(
        "admin.newPasswordMissing", zh: "请用 --new-password-file 指定新密码文件，或设置环境变量 POWERDESK_NEW_PASSWORD",
        en: "give the new password with --new-password-file or $POWERDESK_NEW_PASSWORD")
    public static let userDisabled = Phrase("admin.userDisabled", zh: "已停用用户 {0}", en: "user {0} is disabled")
    public static let userEnabled = Phrase("admin.userEnabled", zh: "已启用用户 {0}", en: "user {0} is enabled")
    public static let passwordReset = Phrase(
        "admin.passwordReset", zh: "已重置用户 {0} 的密码；该用户下次登录时须修改密码", en: "the password of {0} is reset; they must change it at their next sign-in")
    public static let passwordChanged = Phrase("admin.passwordChanged", zh: "用户 {0} 的密码已修改", en: "the password of {0} is changed")
    public static let postsSet = Phrase("admin.postsSet", zh: "用户 {0} 的岗位现为：{1}", en: "user {0} now holds: {1}")

    // The desk's sign-in.
    public static let loginNewPassword = Phrase("admin.loginNewPassword", zh: "新密码", en: "New password")
    public static let loginRepeatPassword = Phrase("admin.loginRepeatPassword", zh: "再输一次", en: "Repeat it")
    public static let loginMustChange = Phrase(
        "admin.loginMustChange", zh: "管理员已重置您的密码，请设置新密码（输入两次）后继续", en: "an administrator reset your password; choose a new one (twice) to go on")
    public static let passwordsDiffer = Phrase("admin.passwordsDiffer", zh: "两次输入的新密码不一致，请重新输入", en: "the two new passwords differ; type them again")
    public static let demoAccounts = Phrase(
        "admin.demoAccounts", zh: "演示数据库：账号 {0}，密码均为 {1}；powerdesk batch 需设置 POWERDESK_PASSWORD={1}",
        en: "demo database: accounts {0}, password {1}; powerdesk batch needs POWERDESK_PASSWORD={1}")

    // The training clock.
    public static let clockProduction = Phrase(
        "admin.clockProduction", zh: "正式数据库的时钟不能调整；只有演示或培训数据库可以（powerdesk demo 或 init --demo 创建）",
        en: "a production database's clock cannot be moved; only demo or training databases (made by powerdesk demo or init --demo)")
    public static let clockBadCount = Phrase("admin.clockBadCount", zh: "天数 {0} 无效：请给出 1 到 366 之间的数", en: "{0} is not valid: give a number from 1 to 366")
    public static let clockAdvanced = Phrase("admin.clockAdvanced", zh: "数据库时钟已前移 {0} 个{1}，今天现为 {2}", en: "the database clock moved {0} {1} forward; today is now {2}")
    public static let unitWorkday = Phrase("admin.unitWorkday", zh: "工作日", en: "working days")
    public static let unitDay = Phrase("admin.unitDay", zh: "自然日", en: "days")
    public static let helpClock = Phrase("admin.help.clock", zh: "演示或培训数据库的时钟。", en: "The clock of a demo or training database.")
    public static let helpClockAdvance = Phrase(
        "admin.help.clockAdvance", zh: "将演示或培训数据库的时钟前移若干工作日或自然日（正式数据库拒绝；记入审计）。",
        en: "Move a demo or training database's clock forward by working or calendar days (refused on production; audited).")

    // Legal's review of drafts.
    public static let rejectionReasonMissing = Phrase(
        "admin.rejectionReasonMissing", zh: "退回草案须说明理由；请用 --reason 写明", en: "a rejection needs a reason; give it with --reason")
    public static let notADraft = Phrase(
        "admin.notADraft", zh: "定义版本 {0} 不是待确认的草案（已生效、已被取代或已退回）；请用 powerdesk flows drafts 查看",
        en: "definition version {0} is not a draft waiting for confirmation; see powerdesk flows drafts")
    public static let fileExists = Phrase(
        "admin.fileExists", zh: "现行定义中已有文件 {0}：新增事项须用新的文件名；修改已有事项请在桌面编辑",
        en: "the definitions in force already have {0}: a new item needs a new file name; edit an existing one at the desk")
    public static let fileUnreadable = Phrase("admin.fileUnreadable", zh: "无法读取文件 {0}", en: "cannot read the file {0}")
    public static let draftFiled = Phrase(
        "admin.draftFiled", zh: "已提交草案 v{0}（新增 {1}），待法制审核确认：powerdesk flows diff {0}",
        en: "draft v{0} filed (adds {1}); waiting for legal: powerdesk flows diff {0}")
    public static let draftRejected = Phrase("admin.draftRejected", zh: "已退回草案 v{0}：{1}", en: "draft v{0} rejected: {1}")
    public static let draftConfirmed = Phrase("admin.draftConfirmed", zh: "草案 v{0} 已确认生效，新收办件按此版本办理", en: "draft v{0} is confirmed; new cases follow it")
    public static let noDifference = Phrase("admin.noDifference", zh: "草案 v{0} 与现行定义没有不同", en: "draft v{0} does not differ from the definitions in force")
    public static let draftLine = Phrase(
        "admin.draftLine", zh: "草案 v{0}　{1} 提交于 {2}　{3}　改动文件：{4}", en: "draft v{0}   by {1} on {2}   {3}   files: {4}")
    public static let rejectionLine = Phrase(
        "admin.rejectionLine", zh: "已退回 v{0}　{1} 于 {2} 退回：{3}（{4} 提交：{5}）", en: "rejected v{0}   by {1} on {2}: {3} (filed by {4}: {5})")
    public static let noDrafts = Phrase("admin.noDrafts", zh: "没有待确认或已退回的草案", en: "no drafts waiting or rejected")
    public static let helpDiff = Phrase(
        "admin.help.diff", zh: "列出草案相对现行定义的每个改动文件（统一差异格式）。", en: "Show every file a draft changes against the definitions in force (unified diff).")
    public static let helpReject = Phrase("admin.help.reject", zh: "退回草案并说明理由（法制审核）。", en: "Reject a draft with a reason (legal).")
    public static let helpConfirm = Phrase("admin.help.confirm", zh: "确认草案生效（法制审核）。", en: "Confirm a draft into force (legal).")
    public static let helpAdd = Phrase(
        "admin.help.add", zh: "把新事项的定义文件作为草案提交（管理员），由法制审核确认。", en: "File a new item's definition as a draft (admin), for legal to confirm.")
    public static let helpDrafts = Phrase("admin.help.drafts", zh: "列出待确认的草案和已退回的草案（含理由）。", en: "List drafts waiting and drafts rejected (with reasons).")
    public static let helpDraftVersion = Phrase("admin.help.draftVersion", zh: "草案的版本号。", en: "The draft's version number.")
    public static let helpReason = Phrase("admin.help.reason", zh: "退回理由。", en: "Why the draft is rejected.")
    public static let helpLegalActing = Phrase("admin.help.legalActing", zh: "执行操作的法制审核人员。", en: "The legal officer acting.")
    public static let helpNewFile = Phrase("admin.help.newFile", zh: "新事项的定义文件（YAML）。", en: "The new item's definition file (YAML).")
    public static let helpAs = Phrase(
        "admin.help.as", zh: "在定义中的路径（默认 items/文件名）。", en: "Its path among the definitions (default items/FILENAME).")
    public static let helpNote = Phrase("admin.help.note", zh: "草案说明（如依据的法规变化）。", en: "A note on the draft (such as the change of law).")

    // Command-line help.
    public static let helpDisable = Phrase("admin.help.disable", zh: "停用用户账号（管理员）：停用后不能登录，记录保留。", en: "Disable an account (admin): it cannot sign in; its records stay.")
    public static let helpEnable = Phrase("admin.help.enable", zh: "重新启用已停用的用户账号（管理员）。", en: "Enable a disabled account again (admin).")
    public static let helpResetPassword = Phrase(
        "admin.help.resetPassword", zh: "重置用户密码（管理员）；该用户下次登录时须修改密码。", en: "Reset a user's password (admin); they must change it at their next sign-in.")
    public static let helpPosts = Phrase("admin.help.posts", zh: "设置用户的岗位（管理员），给出全部岗位代码。", en: "Set a user's posts (admin), giving every post code.")
    public static let helpPasswd = Phrase(
        "admin.help.passwd", zh: "修改自己的密码：当前密码取自 --password-file 或 $POWERDESK_PASSWORD。",
        en: "Change your own password: the current one from --password-file or $POWERDESK_PASSWORD.")
    public static let helpTargetUser = Phrase("admin.help.targetUser", zh: "要管理的用户。", en: "The user to administer.")
    public static let helpPostCodes = Phrase("admin.help.postCodes", zh: "岗位代码，如 handler chief（见 bureau.yaml）。", en: "Post codes, e.g. handler chief (see bureau.yaml).")
    public static let helpNewPasswordFile = Phrase(
        "admin.help.newPasswordFile", zh: "存放新密码的文件（否则读取 $POWERDESK_NEW_PASSWORD）。", en: "File holding the new password (else $POWERDESK_NEW_PASSWORD).")
    public static let helpSelf = Phrase("admin.help.self", zh: "要修改密码的用户（本人）。", en: "The user changing their own password.")

    public static let all: [Phrase] = [
        countMismatch,
        cannotDisableSelf, alreadyEnabled, alreadyDisabled, samePassword, wrongCurrentPassword, noPosts, unknownPost, postsUnchanged, lastAdmin,
        mustChangePassword, newPasswordMissing, userDisabled, userEnabled, passwordReset, passwordChanged, postsSet,
        loginNewPassword, loginRepeatPassword, loginMustChange, passwordsDiffer, demoAccounts,
        clockProduction, clockBadCount, clockAdvanced, unitWorkday, unitDay, helpClock, helpClockAdvance,
        rejectionReasonMissing, notADraft, fileExists, fileUnreadable, draftFiled, draftRejected, draftConfirmed, noDifference, draftLine, rejectionLine,
        noDrafts, helpDiff, helpReject, helpConfirm, helpAdd, helpDrafts, helpDraftVersion, helpReason, helpLegalActing, helpNewFile, helpAs, helpNote,
        helpDisable, helpEnable, helpResetPassword, helpPosts, helpPasswd, helpTargetUser, helpPostCodes, helpNewPasswordFile, helpSelf,
    ]
}
