import Storage
import Workflow

/// The documents dialog: the case's documents as issued, one selected; optionally one open in
/// the preview (its text already laid out as lines) or a correction being written.
struct DocumentsModel {
    enum Mode {
        case list
        case preview(offset: Int)
        case correction(TextField)
    }

    let caseID: String
    var documents: [IssuedDocument]
    var selected: Int
    var mode: Mode = .list

    var current: IssuedDocument? {
        documents.indices.contains(selected) ? documents[selected] : nil
    }
}
