/// Phrases of the public site (网上政务公开, issue 16) and its commands. The site is published in
/// Chinese; the English twins keep the catalogue whole and serve `--lang en` messages.
public enum PublicPhrases {
    // MARK: Commands and storage

    public static let published = Phrase("public.published",
        zh: "已发布到 {0}：目录等页面 {1} 个（第 {2} 代），办理动态页 {3} 个，办件查询页写入 {4} 个、删除 {5} 个，用时 {6} 毫秒",
        en: "published to {0}: {1} catalogue and listing pages (generation {2}), {3} progress pages, {4} status pages written and {5} removed, in {6} ms")
    public static let publishUnchanged = Phrase("public.publishUnchanged",
        zh: "{0} 已是最新，未改动任何页面（用时 {1} 毫秒）",
        en: "{0} is up to date; no page changed ({1} ms)")
    public static let outNotDirectory = Phrase("public.outNotDirectory",
        zh: "发布目录 {0} 不可用：{1}。请指定一个可写的目录（--out）",
        en: "the publishing directory {0} cannot be used: {1}. Give a writable directory (--out)")
    public static let outLocked = Phrase("public.outLocked",
        zh: "另一个发布进程正在写 {0}；本次未做改动，请稍后再试",
        en: "another publishing run is writing {0}; nothing was changed, try again later")
    public static let noDisclosurePolicy = Phrase("public.noDisclosurePolicy",
        zh: "bureau.yaml 未定义 disclosure（政务公开设置：监督电话、投诉渠道、可标记不公开的岗位）；请管理员补充后再试",
        en: "bureau.yaml has no disclosure section (supervision phone, complaint channel, posts that may mark a case secret); ask an admin to add it")
    public static let secretNotAllowed = Phrase("public.secretNotAllowed",
        zh: "只有{0}岗位可以将办件标记为不公开",
        en: "only the posts {0} may mark a case secret")
    public static let secretNeedsReason = Phrase("public.secretNeedsReason",
        zh: "标记不公开须说明理由（--reason），例如所涉信息属于国家秘密",
        en: "marking a case secret needs a reason (--reason), for instance that it concerns a state secret")
    public static let secretReasonTooLong = Phrase("public.secretReasonTooLong",
        zh: "理由过长：最多 {0} 个字",
        en: "the reason is too long: at most {0} characters")
    public static let secretAlready = Phrase("public.secretAlready",
        zh: "办件 {0} 已标记为不公开，无需重复标记",
        en: "case {0} is already marked secret")
    public static let secretMarked = Phrase("public.secretMarked",
        zh: "办件 {0} 已标记为不公开（依据：{1}）；下次发布时从公开网站撤下",
        en: "case {0} is marked secret (basis: {1}); the next publishing run takes it off the public site")

    // MARK: Site frame

    public static let siteTitle = Phrase("public.site.title", zh: "{0}政务公开", en: "{0}: public information")
    public static let skipToContent = Phrase("public.site.skip", zh: "跳到正文", en: "Skip to content")
    public static let navHome = Phrase("public.nav.home", zh: "首页", en: "Home")
    public static let navCatalogue = Phrase("public.nav.catalogue", zh: "权力目录", en: "Catalogue of powers")
    public static let navProgress = Phrase("public.nav.progress", zh: "办理动态", en: "Case progress")
    public static let navLookup = Phrase("public.nav.lookup", zh: "办件查询", en: "Look up a case")
    public static let navDisclosure = Phrase("public.nav.disclosure", zh: "双公示", en: "Licence and penalty decisions")
    public static let navOpenData = Phrase("public.nav.openData", zh: "开放数据", en: "Open data")
    public static let navLabel = Phrase("public.nav.label", zh: "网站导航", en: "Site navigation")
    public static let supervisionPhone = Phrase("public.footer.phone", zh: "监督电话：{0}", en: "Supervision telephone: {0}")
    public static let complaintChannel = Phrase("public.footer.complaint", zh: "投诉渠道：{0}", en: "Complaints: {0}")
    public static let generatedAt = Phrase("public.footer.generated", zh: "数据更新时间：{0}", en: "Data as of {0}")
    public static let homeIntro = Phrase("public.home.intro",
        zh: "本网站公开本局全部非涉密行政权力事项的主体、依据、程序、标准和办理动态，数据由本局行政权力运行系统每分钟更新。",
        en: "This site publishes every non-secret power of the bureau: who exercises it, on what basis, by which procedure and standard, and how each case is progressing; updated every minute from the bureau's system.")

    // MARK: Catalogue

    public static let catalogueTitle = Phrase("public.catalogue.title", zh: "行政权力目录", en: "Catalogue of administrative powers")
    public static let catalogueCount = Phrase("public.catalogue.count", zh: "共 {0} 项，现行版本第 {1} 版，自 {2} 起施行", en: "{0} powers; version {1} in force since {2}")
    public static let fieldCode = Phrase("public.field.code", zh: "事项编码", en: "Code")
    public static let fieldName = Phrase("public.field.name", zh: "事项名称", en: "Name")
    public static let fieldKind = Phrase("public.field.kind", zh: "权力类别", en: "Kind")
    public static let fieldSection = Phrase("public.field.section", zh: "承办处室", en: "Section")
    public static let fieldBasis = Phrase("public.field.basis", zh: "法律依据", en: "Legal basis")
    public static let fieldStatutory = Phrase("public.field.statutory", zh: "法定期限", en: "Statutory time limit")
    public static let fieldPromised = Phrase("public.field.promised", zh: "承诺期限", en: "Promised time limit")
    public static let fieldMaterials = Phrase("public.field.materials", zh: "申请材料", en: "Materials")
    public static let fieldVersion = Phrase("public.field.version", zh: "现行版本", en: "Version in force")
    public static let versionInForce = Phrase("public.field.versionInForce", zh: "第 {0} 版，自 {1} 起施行", en: "version {0}, in force since {1}")
    public static let notStated = Phrase("public.field.notStated", zh: "（事项定义未载明）", en: "(not stated in the definition)")
    public static let noLimit = Phrase("public.field.noLimit", zh: "法律未规定", en: "none set by law")
    public static let materialCopy = Phrase("public.material.copy", zh: "复印件", en: "copy")
    public static let materialOriginal = Phrase("public.material.original", zh: "原件", en: "original")
    public static let materialOptional = Phrase("public.material.optional", zh: "（非必需）", en: "(optional)")

    // MARK: Discretion and flowchart

    public static let discretionTitle = Phrase("public.discretion.title", zh: "行政处罚自由裁量基准", en: "Discretion standards")
    public static let discretionViolation = Phrase("public.discretion.violation", zh: "违法行为：{0}", en: "Violation: {0}")
    public static let discretionBasis = Phrase("public.discretion.basis", zh: "处罚依据：{0}", en: "Penalty basis: {0}")
    public static let discretionLevel = Phrase("public.discretion.level", zh: "情节", en: "Circumstances level")
    public static let discretionCircumstances = Phrase("public.discretion.circumstances", zh: "适用情形", en: "When it applies")
    public static let discretionStandard = Phrase("public.discretion.standard", zh: "处罚标准", en: "Standard")
    public static let flowchartTitle = Phrase("public.flow.title", zh: "办理流程图", en: "Flowchart")
    public static let flowchartDescription = Phrase("public.flow.description",
        zh: "{0}的办理流程：{1}", en: "How {0} is handled: {1}")
    public static let flowchartFile = Phrase("public.flow.file", zh: "流程图 SVG 文件", en: "The flowchart as an SVG file")
    public static let flowSupervisionPoint = Phrase("public.flow.supervision", zh: "监督制约环节", en: "Supervision point")
    public static let flowSupervisionNote = Phrase("public.flow.supervisionNote",
        zh: "带“监督制约环节”标记的环节由法制审核或分管领导把关；全部环节在系统中运行并受电子监察。",
        en: "Steps marked as supervision points are checked by the legal post or the leader; every step runs in the system under electronic supervision.")
    public static let flowRemediesTitle = Phrase("public.flow.remedies", zh: "当事人的权利救济途径", en: "The party's remedies")
    public static let flowRemedies = Phrase("public.flow.remediesText",
        zh: "对本局作出的决定不服的，可以自收到决定书之日起六十日内向南通市人民政府申请行政复议，也可以自收到决定书之日起六个月内依法向人民法院提起行政诉讼；对办理过程有意见的，可以通过本页底部的监督电话和投诉渠道反映。",
        en: "A party who disputes a decision may apply for administrative review to the Nantong Municipal People's Government within sixty days of receiving it, or sue in a people's court within six months; concerns about the handling go to the supervision telephone and complaint channel at the foot of this page.")
    public static let flowPost = Phrase("public.flow.post", zh: "承办岗位：{0}", en: "Post: {0}")
    public static let flowLimit = Phrase("public.flow.limit", zh: "时限：{0}", en: "Time limit: {0}")

    // MARK: Progress and status

    public static let progressTitle = Phrase("public.progress.title", zh: "办理动态", en: "Case progress")
    public static let progressIntro = Phrase("public.progress.intro",
        zh: "按收件顺序列出全部非涉密办件；当事人为个人的只显示姓氏，不公开身份证件号码和住址。",
        en: "Every non-secret case in order of receipt; a person is shown by surname only, never an identity number or an address.")
    public static let progressCounts = Phrase("public.progress.counts", zh: "已收件 {0} 件，办理中 {1} 件，已办结 {2} 件", en: "{0} received, {1} in progress, {2} concluded")
    public static let progressPage = Phrase("public.progress.page", zh: "第 {0} 页，共 {1} 页", en: "page {0} of {1}")
    public static let progressPrevious = Phrase("public.progress.previous", zh: "上一页", en: "Previous")
    public static let progressNext = Phrase("public.progress.next", zh: "下一页", en: "Next")
    public static let progressPages = Phrase("public.progress.pages", zh: "分页", en: "Pages")
    public static let columnSerial = Phrase("public.column.serial", zh: "办件编号", en: "Serial number")
    public static let columnItem = Phrase("public.column.item", zh: "事项", en: "Power")
    public static let columnParty = Phrase("public.column.party", zh: "当事人", en: "Party")
    public static let columnReceived = Phrase("public.column.received", zh: "收件日期", en: "Received")
    public static let columnConcluded = Phrase("public.column.concluded", zh: "办结日期", en: "Concluded")
    public static let columnPhase = Phrase("public.column.phase", zh: "办理状态", en: "State")
    public static let columnStep = Phrase("public.column.step", zh: "当前环节", en: "Current step")
    public static let columnDue = Phrase("public.column.due", zh: "法定办结期限", en: "Statutory due date")
    public static let columnOnTime = Phrase("public.column.onTime", zh: "是否按时", en: "On time")
    public static let phaseReceived = Phrase("public.phase.received", zh: "已收件", en: "Received")
    public static let phaseInProgress = Phrase("public.phase.inProgress", zh: "办理中", en: "In progress")
    public static let phaseSuspended = Phrase("public.phase.suspended", zh: "暂停（依法不计入期限）", en: "Suspended (not counted)")
    public static let phaseConcluded = Phrase("public.phase.concluded", zh: "已办结", en: "Concluded")
    public static let onTime = Phrase("public.onTime.yes", zh: "按时", en: "On time")
    public static let overdue = Phrase("public.onTime.no", zh: "超期", en: "Overdue")
    public static let noDeadline = Phrase("public.onTime.none", zh: "不适用", en: "Not applicable")
    public static let lookupTitle = Phrase("public.lookup.title", zh: "办件查询", en: "Look up a case")
    public static let lookupIntro = Phrase("public.lookup.intro",
        zh: "请输入受理通知书等文书上印制的办件编号和查询码（16 位数字，可带短横线）。",
        en: "Enter the serial number and the query code (16 digits, hyphens allowed) printed on the acceptance notice and other notices.")
    public static let lookupSerial = Phrase("public.lookup.serial", zh: "办件编号（例如 XK2026000001）", en: "Serial number (for example XK2026000001)")
    public static let lookupCode = Phrase("public.lookup.code", zh: "查询码（例如 1234-5678-9012-3456）", en: "Query code (for example 1234-5678-9012-3456)")
    public static let lookupSubmit = Phrase("public.lookup.submit", zh: "查询", en: "Look up")
    public static let lookupNotFound = Phrase("public.lookup.notFound",
        zh: "未查到办件：办件编号或查询码不正确。请核对文书上印制的编号和查询码后重试；多次输错后查询会变慢。",
        en: "No case found: the serial number or the query code is not right. Check them against the notice and try again; repeated wrong tries are slowed down.")
    public static let statusTitle = Phrase("public.status.title", zh: "办件 {0} 办理情况", en: "Case {0}")
    public static let statusSteps = Phrase("public.status.steps", zh: "办理过程", en: "Steps taken")
    public static let statusDate = Phrase("public.status.date", zh: "日期", en: "Date")
    public static let statusAction = Phrase("public.status.action", zh: "办理事项", en: "Action")
    public static let statusNextStep = Phrase("public.status.nextStep", zh: "转入环节", en: "Next step")
    public static let statusOpened = Phrase("public.status.opened", zh: "收件", en: "Received")

    // MARK: 双公示

    public static let disclosureTitle = Phrase("public.disclosure.title", zh: "行政许可和行政处罚决定公示（双公示）", en: "Licence and penalty decisions")
    public static let disclosureIntro = Phrase("public.disclosure.intro",
        zh: "行政许可和行政处罚决定自作出之日起 {0} 个工作日内公示（{1}）；决定被撤销或更正的，原公示撤下。",
        en: "Licence and penalty decisions are published within {0} working days of the decision ({1}); a revoked or corrected decision is withdrawn.")
    public static let disclosureNumber = Phrase("public.disclosure.number", zh: "决定书文号", en: "Decision number")
    public static let disclosureParty = Phrase("public.disclosure.party", zh: "行政相对人", en: "Party")
    public static let disclosureCreditCode = Phrase("public.disclosure.creditCode", zh: "统一社会信用代码", en: "Credit code")
    public static let disclosureContent = Phrase("public.disclosure.content", zh: "决定内容", en: "Decision")
    public static let disclosureDate = Phrase("public.disclosure.date", zh: "决定日期", en: "Decided on")
    public static let disclosureAuthority = Phrase("public.disclosure.authority", zh: "决定机关", en: "Authority")
    public static let disclosureLicence = Phrase("public.disclosure.licence", zh: "行政许可决定", en: "Licence decisions")
    public static let disclosurePenalty = Phrase("public.disclosure.penalty", zh: "行政处罚决定", en: "Penalty decisions")
    public static let disclosureNone = Phrase("public.disclosure.none", zh: "暂无", en: "None")
    public static let disclosureGranted = Phrase("public.disclosure.granted", zh: "准予行政许可", en: "Licence granted")

    // MARK: Open data and errors

    public static let openDataTitle = Phrase("public.openData.title", zh: "开放数据", en: "Open data")
    public static let openDataIntro = Phrase("public.openData.intro",
        zh: "权力目录和办理动态同时以 JSON 格式提供，字段说明见数据说明文档。",
        en: "The catalogue and the case progress are also published as JSON; the fields are described in the schema document.")
    public static let openDataCatalogue = Phrase("public.openData.catalogue", zh: "权力目录（catalogue.json）", en: "Catalogue (catalogue.json)")
    public static let openDataProgress = Phrase("public.openData.progress", zh: "办理动态（progress/ 下每页一个 JSON 文件，索引见 progress/index.json）", en: "Case progress (one JSON file per page under progress/, listed in progress/index.json)")
    public static let openDataSchema = Phrase("public.openData.schema", zh: "数据说明（open-data.md）", en: "Schema (open-data.md)")
    public static let errorTitle = Phrase("public.error.title", zh: "页面不存在或请求无效", en: "Page not found or request not valid")
    public static let errorText = Phrase("public.error.text",
        zh: "您访问的页面不存在，或请求的格式不正确。请从首页进入，或使用办件查询。",
        en: "The page does not exist or the request is not valid. Start from the home page, or look up a case.")

    public static let all: [Phrase] = [
        published, publishUnchanged, outNotDirectory, outLocked, noDisclosurePolicy, secretNotAllowed, secretNeedsReason, secretReasonTooLong,
        secretAlready, secretMarked,
        siteTitle, skipToContent, navHome, navCatalogue, navProgress, navLookup, navDisclosure, navOpenData, navLabel, supervisionPhone,
        complaintChannel, generatedAt, homeIntro,
        catalogueTitle, catalogueCount, fieldCode, fieldName, fieldKind, fieldSection, fieldBasis, fieldStatutory, fieldPromised, fieldMaterials,
        fieldVersion, versionInForce, notStated, noLimit, materialCopy, materialOriginal, materialOptional,
        discretionTitle, discretionViolation, discretionBasis, discretionLevel, discretionCircumstances, discretionStandard, flowchartTitle,
        flowchartDescription, flowchartFile, flowSupervisionPoint, flowSupervisionNote, flowRemediesTitle, flowRemedies, flowPost, flowLimit,
        progressTitle, progressIntro, progressCounts, progressPage, progressPrevious, progressNext, progressPages, columnSerial, columnItem,
        columnParty, columnReceived, columnConcluded, columnPhase, columnStep, columnDue, columnOnTime, phaseReceived, phaseInProgress,
        phaseSuspended, phaseConcluded, onTime, overdue, noDeadline, lookupTitle, lookupIntro, lookupSerial, lookupCode, lookupSubmit,
        lookupNotFound, statusTitle, statusSteps, statusDate, statusAction, statusNextStep, statusOpened,
        disclosureTitle, disclosureIntro, disclosureNumber, disclosureParty, disclosureCreditCode, disclosureContent, disclosureDate,
        disclosureAuthority, disclosureLicence, disclosurePenalty, disclosureNone, disclosureGranted,
        openDataTitle, openDataIntro, openDataCatalogue, openDataProgress, openDataSchema, errorTitle, errorText,
    ]
}
