import Workflow

/// The admin's change request after a valid edit: the new files, the reason and the day the law
/// or the duties changed (R3).
struct ChangeRequestModel {
    let item: ItemDefinition
    let sources: [SourceFile]
    var note = TextField()
    var lawDate = TextField()
    var focusOnDate = false
}
