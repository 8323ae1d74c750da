import Storage
import Workflow

/// A row of the catalogue overlay: a change request waiting for confirmation, or an item in force.
enum CatalogueEntry {
    case draft(DefinitionDraft)
    case item(ItemDefinition)
    /// A year's holiday schedule (admins), with its stored text.
    case schedule(year: Int, text: String)
}
