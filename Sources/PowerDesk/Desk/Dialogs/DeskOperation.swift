import Storage
import Workflow

/// Everything a dialog asks of the database, performed by the desk in one place
/// (`MainDeskView.run`), which reports a failure in one place and reloads after a change.
enum DeskOperation {
    /// An action on a case, with what its form holds.
    case act(ActionFormModel)
    /// The party's other open cases, for a merge form to choose from (并案, R6).
    case listMergeCandidates(ActionFormModel, DefinitionSet)
    /// A new case from the new-case form.
    case openCase(CaseDraft)
    /// The register's record of the party number typed so far, into the new-case form.
    case lookUpParty(NewCaseModel)
    case recordFacts(caseID: String, facts: [String: FactValue], revision: Int)
    case addMaterials(caseID: String, received: [String: Int], revision: Int)
    /// One opinion on every tagged case, each still checked by the engine.
    case approveAll(caseIDs: [String], opinion: String)
    case search(String)
    /// Puts a draft version in force (legal post).
    case confirmDraft(Int64)
    /// Opens a catalogue entry in the editor.
    case editEntry(CatalogueEntry)
    /// Opens the editor again on a text that did not validate.
    case edit(EditTarget, text: String)
    case proposeDraft(sources: [SourceFile], note: String, lawChangedOn: CivilDate?)
    case createUser(id: String, name: String, section: String, posts: [String], password: String)
    /// Prints the selected document of the dialog and reads the list again (its print count).
    case print(DocumentsModel)
    case printArchive(caseID: String)
    /// Asks whether the selected document may be corrected before the reason is typed.
    case beginCorrection(DocumentsModel)
    case correct(DocumentsModel, reason: String, address: String)
    /// Shows the selected file of the files dialog (a PDF's text, an image's size).
    case viewFile(FilesDialog)
    /// Writes a filed file to the user's outbox folder.
    case exportFile(AttachedFile)
    /// Sends a filed file to the clerk's PC through the terminal (ZMODEM).
    case sendFile(AttachedFile)
    /// Completes the path typed in the attach dialog from its directory.
    case completePath(AttachFileDialog)
    /// Files a file into the case (one transaction; moved out of the drop folder after).
    case attachFile(caseID: String, path: String, entry: String, evidence: Bool)
    /// What a supervision dialog asks (complaints, 复议/诉讼 outcomes), performed in `MainDeskView+Complaints`.
    case supervision(SupervisionOperation)
    /// Stores or prints a transcript (笔录).
    case transcript(TranscriptOperation)
}
