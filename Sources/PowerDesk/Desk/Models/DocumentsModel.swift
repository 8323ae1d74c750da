import Storage
import Workflow

/// The documents dialog: the case's documents as issued, one selected; optionally one open in
/// the preview (its text already laid out as lines) or a correction being written.
struct DocumentsModel {
    enum Mode {
        case list
        case preview(offset: Int)
        /// The reason, and the party's address as it should read (prefilled with the case's).
        case correction(reason: TextField, address: TextField, onAddress: Bool)
    }

    let caseID: String
    var documents: [IssuedDocument]
    var selected: Int
    var mode: Mode = .list

    var current: IssuedDocument? {
        documents.indices.contains(selected) ? documents[selected] : nil
    }
}
