import Storage
import Workflow

/// A row of the catalogue overlay: a change request waiting for confirmation, or an item in force.
enum CatalogueEntry {
    case draft(DefinitionDraft)
    case item(ItemDefinition)
}
