import Localization
import Storage

/// Opening the documents dialog (R18, R20) on the selected case.
extension MainDeskView {
    func openDocuments() {
        guard let state = selectedState else { return }
        do {
            let documents = try session.store.documents.documents(state.id)
            dialogs.append(DocumentsDialog(model: DocumentsModel(caseID: state.id, documents: documents, selected: max(0, documents.count - 1))))
        } catch {
            report(error)
        }
    }
}
