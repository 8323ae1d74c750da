import Localization
import Storage

/// The complaints screen (R26) on the desk's dialog stack: opening it and performing what its
/// dialogs ask. The store refuses every post but the supervision post and the leadership, and
/// hands the complainant's identity to the supervision post only.
extension MainDeskView {
    func openComplaints() {
        do {
            dialogs.append(try complaintsDialog(selecting: nil))
        } catch {
            report(error)
        }
    }

    /// The list read again, in the screen's order, the selection kept on `id`.
    func complaintsDialog(selecting id: String?) throws -> ComplaintsDialog {
        let start = session.active.procedures[ComplaintDesk.flow]?.start ?? "register"
        let records = ComplaintPresenter.ordered(try session.store.complaints.list(all: true, for: session.actor), start: start, today: session.today)
        var dialog = ComplaintsDialog(records: records)
        if let id, let index = records.firstIndex(where: { $0.id == id }) { dialog.selected = index }
        return dialog
    }

    func runSupervision(_ operation: SupervisionOperation) throws -> DialogOutcome {
        let store = session.store
        switch operation {
        case let .show(id):
            let record = try store.complaints.show(id, for: session.actor)
            return .push(ComplaintDetailDialog(record: record, cases: complaintCases(record)))
        case let .act(id, action, note):
            let record = try store.complaints.act(id, action: action, note: note, by: session.actor)
            let procedure = session.active.procedures[ComplaintDesk.flow]
            message = (session.text(SupervisionThirdPhrases.acted(id, ComplaintPresenter.actionName(action, in: procedure),
                                                                   ComplaintPresenter.stepName(record.step, in: procedure))), false)
            // The note is done with; the detail and the list behind it show the complaint as it is now.
            let list = try complaintsDialog(selecting: id)
            let detail = ComplaintDetailDialog(record: record, cases: complaintCases(record))
            dialogs = dialogs.compactMap { dialog -> (any Dialog)? in
                switch dialog {
                case is ComplaintNoteDialog, is ComplaintActionsDialog: nil
                case is ComplaintDetailDialog: detail
                case is ComplaintsDialog: list
                default: dialog
                }
            }
            return .stay
        case let .recordRemedy(draft):
            let record = try store.remedies.record(draft, by: session.actor)
            return .closeNoting(RemedyOutcomeDialog.recorded(record))
        }
    }

    /// The cases a complaint concerns, as far as they can be read (item, status, party).
    private func complaintCases(_ record: ComplaintRecord) -> [ComplaintCaseSummary] {
        record.caseIDs.map { id in
            guard let state = try? session.store.cases.load(id) else { return ComplaintCaseSummary(id: id, item: "", status: "", party: "") }
            let status: Phrase = switch state.status {
            case .open: DeskPhrases.detailStatusOpen
            case .suspended: DeskPhrases.detailStatusSuspended
            case .closed: DeskPhrases.detailStatusClosed
            }
            return ComplaintCaseSummary(id: id, item: session.active.item(state.itemCode)?.name ?? state.itemCode,
                                        status: status.template(session.language), party: state.party.name)
        }
    }
}
