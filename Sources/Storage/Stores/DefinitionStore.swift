import Workflow

/// Definition versions, change requests and holiday schedules.
public protocol DefinitionStore: Sendable {
    func activeVersion() throws -> Int64
    func set(version: Int64) throws -> DefinitionSet
    func activeSet() throws -> (version: Int64, set: DefinitionSet)
    func versionsInUse() throws -> [Int64]
    func sources(version: Int64) throws -> [SourceFile]
    func drafts() throws -> [DefinitionDraft]
    func proposeDraft(_ sources: [SourceFile], note: String, lawChangedOn: CivilDate?, by actor: Actor) throws -> Int64
    func confirm(_ version: Int64, by actor: Actor) throws
    func scheduleTexts() throws -> [(year: Int, text: String)]
    func saveSchedule(_ text: String, by actor: Actor) throws -> (year: Int?, problems: [ScheduleProblem])
    func calendar() throws -> WorkCalendar
    /// Every file of a draft that differs from the version in force, as a unified diff.
    func diff(_ version: Int64) throws -> [DraftFileDiff]
    /// The legal post refuses a draft with a reason.
    func reject(_ version: Int64, reason: String, by actor: Actor) throws
    /// Drafts the legal post rejected, latest first, with the reasons.
    func rejections() throws -> [DraftRejection]
    /// An admin files a new file (a new item) as a draft of the version in force plus it.
    func proposeAddition(_ file: SourceFile, note: String, by actor: Actor) throws -> Int64
}

extension DefinitionStore {
    public func proposeDraft(_ sources: [SourceFile], note: String, by actor: Actor) throws -> Int64 {
        try proposeDraft(sources, note: note, lawChangedOn: nil, by: actor)
    }
}
