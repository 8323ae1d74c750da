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
}

extension DefinitionStore {
    public func proposeDraft(_ sources: [SourceFile], note: String, by actor: Actor) throws -> Int64 {
        try proposeDraft(sources, note: note, lawChangedOn: nil, by: actor)
    }
}
