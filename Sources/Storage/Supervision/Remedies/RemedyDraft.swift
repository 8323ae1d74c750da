import Workflow

/// A 复议 or 诉讼 on a decided case and its outcome, as the legal or supervision post enters it.
public struct RemedyDraft: Sendable, Hashable {
    public var caseID: String
    public var kind: RemedyKind
    public var result: RemedyResult
    /// The day the application or the suit was filed.
    public var filedOn: CivilDate
    /// The day the 复议机关 or the court decided (or the withdrawal was allowed).
    public var decidedOn: CivilDate
    /// The 复议机关 or the court (南通市人民政府, 崇川区人民法院…).
    public var body: String
    /// The number of its decision or judgment (通政复决〔2026〕12号, (2026)苏0602行初15号…).
    public var documentNumber: String
    public var note: String

    public init(caseID: String, kind: RemedyKind, result: RemedyResult, filedOn: CivilDate, decidedOn: CivilDate, body: String,
                documentNumber: String, note: String = "") {
        self.caseID = caseID
        self.kind = kind
        self.result = result
        self.filedOn = filedOn
        self.decidedOn = decidedOn
        self.body = body
        self.documentNumber = documentNumber
        self.note = note
    }
}
