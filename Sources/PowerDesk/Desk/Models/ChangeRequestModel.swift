import Workflow

/// The admin's change request after a valid edit: the new files, the reason and the day the law
/// or the duties changed (R3).
struct ChangeRequestModel {
    /// What was edited: an item's code or a template's file.
    let title: String
    let sources: [SourceFile]
    var note = TextField()
    var lawDate = TextField()
    var focusOnDate = false
}
