import Storage
import Workflow

/// A row of the catalogue overlay: a change request waiting for confirmation, an item in force,
/// a holiday schedule or a document template.
enum CatalogueEntry {
    case draft(DefinitionDraft)
    case item(ItemDefinition)
    /// A year's holiday schedule (admins), with its stored text.
    case schedule(year: Int, text: String)
    /// A document template of the version in force (admins), with the document type it makes.
    case template(path: String, documentName: String?)
}
