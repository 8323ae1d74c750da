/// Phrases of transcripts (笔录, issue 18): their kinds file, the checks on what is written, the
/// command, the printout and the desk's form.
public enum TranscriptPhrases {
    // The kinds file.
    public static let kindDuplicate = Phrase("transcript.kindDuplicate",
        zh: "“{0}”重复定义", en: "\"{0}\" is defined twice")
    public static let kindsInvalid = Phrase("transcript.kindsInvalid",
        zh: "笔录种类文件 {0} 有错误，请改正后再试", en: "the transcript kinds file {0} has errors; correct it and try again")

    // Checks on a transcript.
    public static let unknownKind = Phrase("transcript.unknownKind",
        zh: "没有“{0}”这种笔录；可写的笔录：{1}", en: "there is no transcript kind \"{0}\"; the kinds: {1}")
    public static let headMissing = Phrase("transcript.headMissing",
        zh: "{0}缺少“{1}”，请填写", en: "the {0} lacks \"{1}\"; fill it in")
    public static let headUnknown = Phrase("transcript.headUnknown",
        zh: "{0}没有“{1}”这一栏；可填的栏目：{2}", en: "the {0} has no field \"{1}\"; its fields: {2}")
    public static let headBadTime = Phrase("transcript.headBadTime",
        zh: "“{0}”应写成 年-月-日 时:分（例如 2026-03-16 09:30），而不是“{1}”", en: "\"{0}\" is written YYYY-MM-DD HH:MM (e.g. 2026-03-16 09:30), not \"{1}\"")
    public static let headTimeOrder = Phrase("transcript.headTimeOrder",
        zh: "“{0}”（{1}）早于“{2}”（{3}），请核对时间", en: "\"{0}\" ({1}) is before \"{2}\" ({3}); check the times")
    public static let headTimeFuture = Phrase("transcript.headTimeFuture",
        zh: "“{0}”（{1}）在今天之后，笔录只记已经发生的事", en: "\"{0}\" ({1}) is after today; a transcript records what happened")
    public static let headBadIdentity = Phrase("transcript.headBadIdentity",
        zh: "“{0}”不是有效的身份证件号码：{1}", en: "\"{0}\" is not a valid identity number: {1}")
    public static let headTooLong = Phrase("transcript.headTooLong",
        zh: "“{0}”最多 {1} 个字", en: "\"{0}\" takes at most {1} characters")
    public static let bodyEmpty = Phrase("transcript.bodyEmpty",
        zh: "笔录正文是空的：请写明问答或检查情况（--body-file 文件或标准输入）", en: "the transcript's body is empty: write the questions and answers or what was inspected (--body-file or standard input)")
    public static let bodyTooLong = Phrase("transcript.bodyTooLong",
        zh: "笔录正文最多 {0} 个字，现有 {1} 个", en: "the body takes at most {0} characters; it has {1}")
    public static let tooFewOfficers = Phrase("transcript.tooFewOfficers",
        zh: "{0}须由不少于 {1} 名持有效执法证的执法人员制作（{2}），现只列了 {3} 名", en: "a {0} is made by at least {1} officers holding a valid enforcement certificate ({2}); {3} named")
    public static let notAnOfficer = Phrase("transcript.notAnOfficer",
        zh: "{0} 不是持有效执法证的执法人员（{1}），不能列为执法人员", en: "{0} holds no valid enforcement certificate ({1}) and cannot be named an officer")
    public static let recorderMissing = Phrase("transcript.recorderMissing",
        zh: "请写明记录人（用户名）", en: "name the recorder (a user name)")
    public static let recorderUnknown = Phrase("transcript.recorderUnknown",
        zh: "记录人 {0} 不是本系统的在用用户", en: "the recorder {0} is not an active user")
    public static let writerNotOfficer = Phrase("transcript.writerNotOfficer",
        zh: "只有办理本案的执法人员或{0}岗位可以制作{1}；{2} 两者都不是", en: "only the case's officers or the {0} post may write a {1}; {2} is neither")
    public static let caseClosed = Phrase("transcript.caseClosed",
        zh: "案件已办结，不能再制作笔录", en: "the case is concluded; no more transcripts can be written")
    public static let readOnlyPost = Phrase("transcript.readOnlyPost",
        zh: "只读岗位不能制作笔录", en: "a read-only post cannot write transcripts")
    public static let unknownTranscript = Phrase("transcript.unknownTranscript",
        zh: "没有第 {0} 号笔录", en: "there is no transcript number {0}")
    public static let otherCase = Phrase("transcript.otherCase",
        zh: "第 {0} 号笔录属于案件 {1}，不是 {2}", en: "transcript {0} belongs to case {1}, not {2}")
    public static let scanNotPDFOrImage = Phrase("transcript.scanNotPDFOrImage",
        zh: "签字件应是扫描的 PDF 或图片（JPEG、PNG、TIFF），而“{0}”是 {1}", en: "a signed copy is a scanned PDF or image (JPEG, PNG, TIFF); \"{0}\" is {1}")

    public static let auditMismatch = Phrase("transcript.auditMismatch",
        zh: "第 {0} 号笔录（案件 {1}）与其审计记录不符：笔录内容或签字件在系统之外被改动过", en: "transcript {0} (case {1}) differs from its audit record: its text or signed copy was changed outside PowerDesk")

    // What the command says.
    public static let added = Phrase("transcript.added",
        zh: "已制作{0}：第 {1} 号（本案第 {2} 份），{3} 字", en: "{0} written: number {1} (the case's {2}), {3} characters")
    public static let listTitle = Phrase("transcript.listTitle",
        zh: "{0} 的笔录（{1} 份）", en: "transcripts of {0} ({1})")
    public static let listLine = Phrase("transcript.listLine",
        zh: "第 {0} 号  {1}  {5}  {2}  {3}  记录人 {4}", en: "no. {0}  {1}  {5}  {2}  {3}  recorder {4}")
    public static let none = Phrase("transcript.none", zh: "{0} 没有笔录", en: "{0} has no transcripts")
    public static let signedMark = Phrase("transcript.signedMark", zh: "已附签字件", en: "signed copy filed")
    public static let unsignedMark = Phrase("transcript.unsignedMark", zh: "待签字", en: "awaiting signatures")
    public static let signedFiled = Phrase("transcript.signedFiled",
        zh: "已将“{0}”作为第 {1} 号{2}的签字件归档（SHA-256 {3}）", en: "\"{0}\" filed as the signed copy of {2} number {1} (SHA-256 {3})")
    public static let bodyFromTerminal = Phrase("transcript.bodyFromTerminal",
        zh: "笔录正文请用 --body-file 文件给出，或从标准输入送入（例如 < 正文.txt）", en: "give the body with --body-file or on standard input (e.g. < body.txt)")
    public static let bodyNotUTF8 = Phrase("transcript.bodyNotUTF8",
        zh: "笔录正文不是 UTF-8 文本；请把文件转成 UTF-8 再提交", en: "the body is not UTF-8 text; convert it to UTF-8")
    public static let transcriptOrEntry = Phrase("transcript.transcriptOrEntry",
        zh: "签字件用 --transcript 归入笔录，不再同时写 --material 或 --evidence", en: "a signed copy goes to its transcript with --transcript, without --material or --evidence")
    public static let headOption = Phrase("transcript.headOption",
        zh: "笔录头的栏目写成 代码=内容（例如 place=本局三楼询问室），“{0}”不是", en: "a head is written code=value (e.g. place=interview room 3), not \"{0}\"")

    // The printout.
    public static let printCase = Phrase("transcript.printCase", zh: "案件编号：{0}　案由：{1}", en: "case: {0}  subject: {1}")
    public static let printOfficers = Phrase("transcript.printOfficers", zh: "执法人员：{0}", en: "officers: {0}")
    public static let printOfficer = Phrase("transcript.printOfficer", zh: "{0}（执法证号 {1}）", en: "{0} (certificate {1})")
    public static let printRecorder = Phrase("transcript.printRecorder", zh: "记录人：{0}", en: "recorder: {0}")
    public static let printNumber = Phrase("transcript.printNumber", zh: "第 {0} 号　本案第 {1} 份", en: "no. {0}, the case's {1}")
    public static let printShown = Phrase("transcript.printShown",
        zh: "执法人员已向{0}出示执法证件，告知其应当如实回答询问、协助调查，不得阻挠，并告知其申请回避的权利。",
        en: "The officers showed their certificates to the {0} and told them to answer truthfully and of their right to ask for recusal.")
    public static let printBody = Phrase("transcript.printBody", zh: "记录内容", en: "record")
    public static let archiveEntry = Phrase("transcript.archiveEntry", zh: "笔录：第 {0} 号{1}", en: "transcript: {1} no. {0}")
    public static let archiveSigned = Phrase("transcript.archiveSigned", zh: "{0}（签字件）", en: "{0} (signed copy)")
    public static let archiveGenerated = Phrase("transcript.archiveGenerated", zh: "{0}（未附签字件，收入系统生成件）", en: "{0} (no signed copy; the generated one)")

    // The desk.
    public static let keyTranscripts = Phrase("transcript.keyTranscripts", zh: "笔录", en: "transcripts")
    public static let keyNew = Phrase("transcript.keyNew", zh: "新笔录", en: "new transcript")
    public static let keyPrint = Phrase("transcript.keyPrint", zh: "打印", en: "print")
    public static let keyKind = Phrase("transcript.keyKind", zh: "选择笔录种类", en: "choose the kind")
    public static let dialogTitle = Phrase("transcript.dialogTitle", zh: "{0} 的笔录", en: "transcripts of {0}")
    public static let formTitle = Phrase("transcript.formTitle", zh: "制作{0}：{1}", en: "{0} for {1}")
    public static let fieldKind = Phrase("transcript.fieldKind", zh: "笔录种类", en: "kind")
    public static let fieldOfficers = Phrase("transcript.fieldOfficers", zh: "执法人员（用户名，以空格分隔）", en: "officers (user names, separated by spaces)")
    public static let fieldRecorder = Phrase("transcript.fieldRecorder", zh: "记录人（用户名）", en: "recorder (user name)")
    public static let fieldBody = Phrase("transcript.fieldBody", zh: "正文（Enter 换行，F10 或 Ctrl-S 保存）", en: "body (Enter: new line; F10 or Ctrl-S saves)")
    public static let keyNewLine = Phrase("transcript.keyNewLine", zh: "换行", en: "new line")
    public static let keyView = Phrase("transcript.keyView", zh: "查看", en: "view")
    public static let kindChoice = Phrase("transcript.kindChoice", zh: "◀ {0} ▶（←→ 选择）", en: "◀ {0} ▶ (←→ choose)")
    public static let saved = Phrase("transcript.saved", zh: "已保存第 {0} 号{1}；按 p 打印供签字", en: "{1} number {0} saved; p prints it for signature")

    // Command-line help.
    public static let helpTranscript = Phrase("transcript.helpTranscript", zh: "笔录（询问笔录、现场检查笔录、听证笔录）：制作、列出、打印。", en: "Transcripts (inquiry, inspection, hearing): write, list, print.")
    public static let helpAdd = Phrase("transcript.helpAdd", zh: "为案件制作一份笔录（正文来自 --body-file 或标准输入）。", en: "Write a transcript for a case (body from --body-file or standard input).")
    public static let helpList = Phrase("transcript.helpList", zh: "列出案件的笔录。", en: "List a case's transcripts.")
    public static let helpPrint = Phrase("transcript.helpPrint", zh: "把笔录排成供签字的 PDF（每页有签名栏）。", en: "Typeset a transcript as a PDF for signature (signature lines on every page).")
    public static let helpKind = Phrase("transcript.helpKind", zh: "笔录种类：询问笔录、现场检查笔录、听证笔录（或 inquiry、inspection、hearing）。", en: "The kind: inquiry, inspection or hearing (or its Chinese name).")
    public static let helpHead = Phrase("transcript.helpHead", zh: "笔录头的一栏，写成 代码=内容，可多次给出（例如 --head place=询问室）。", en: "A head field as code=value, repeatable (e.g. --head place=room 3).")
    public static let helpOfficer = Phrase("transcript.helpOfficer", zh: "执法人员的用户名，可多次给出（至少两名）。", en: "An enforcement officer's user name, repeatable (at least two).")
    public static let helpRecorder = Phrase("transcript.helpRecorder", zh: "记录人的用户名（默认为 --user）。", en: "The recorder's user name (default: --user).")
    public static let helpBodyFile = Phrase("transcript.helpBodyFile", zh: "正文所在的文本文件（UTF-8）；不给则读标准输入。", en: "A UTF-8 text file holding the body; without it standard input is read.")
    public static let helpNumber = Phrase("transcript.helpNumber", zh: "笔录的编号（transcript list 所列）。", en: "The transcript's number (as transcript list shows).")
    public static let helpAttachTranscript = Phrase("transcript.helpAttachTranscript", zh: "把文件作为该编号笔录的签字件归档。", en: "File the file as the signed copy of the transcript of that number.")

    public static let all: [Phrase] = [
        kindDuplicate, kindsInvalid, unknownKind, headMissing, headUnknown, headBadTime, headTimeOrder, headTimeFuture, headBadIdentity,
        headTooLong, bodyEmpty, bodyTooLong, tooFewOfficers, notAnOfficer, recorderMissing, recorderUnknown, writerNotOfficer, caseClosed,
        readOnlyPost, auditMismatch, unknownTranscript, otherCase, scanNotPDFOrImage, added, listTitle, listLine, none, signedMark, unsignedMark,
        signedFiled, bodyFromTerminal, bodyNotUTF8, transcriptOrEntry, headOption, printCase, printOfficers, printOfficer, printRecorder, printNumber, printShown, printBody,
        archiveEntry, archiveSigned, archiveGenerated, keyTranscripts, keyNew, keyPrint, keyKind, dialogTitle, formTitle, fieldKind,
        fieldOfficers, fieldRecorder, fieldBody, keyNewLine, keyView, kindChoice, saved, helpTranscript, helpAdd, helpList, helpPrint, helpKind, helpHead, helpOfficer,
        helpRecorder, helpBodyFile, helpNumber, helpAttachTranscript,
    ]
}
