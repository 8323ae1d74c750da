import Foundation
import Localization
import Storage
import Workflow

/// Transcripts (笔录) at the desk (#18): `t` lists the selected case's transcripts, `n` there
/// writes one in a form, `p` prints one for signature. Storing is one call into Storage, which
/// checks who may write and what is written.
extension MainDeskView {
    func openTranscripts() {
        guard let listed = selectedState else { return }
        do {
            let kinds = try TranscriptKinds.load(language: session.language)
            dialogs.append(TranscriptsDialog(caseID: listed.id, kinds: kinds, user: session.actor.userID,
                                             transcripts: try TranscriptRepository(store: session.store).list(listed.id)))
        } catch {
            report(error)
        }
    }

    func runTranscript(_ operation: TranscriptOperation) throws -> DialogOutcome {
        let repository = TranscriptRepository(store: session.store)
        switch operation {
        case let .save(form):
            let written = try repository.add(form.draft, to: form.caseID, kinds: form.kinds, by: session.actor)
            message = (session.text(TranscriptPhrases.saved(written.number, written.sheet.kind.name)), false)
            _ = dialogs.popLast()
            guard var list = dialogs.last as? TranscriptsDialog else { return .stay }
            list.transcripts = try repository.list(form.caseID)
            list.selected = list.transcripts.firstIndex { $0.number == written.number } ?? 0
            return .replace(list)
        case let .print(dialog):
            guard let transcript = dialog.selectedTranscript else { return .stay }
            show(try printer.printTranscript(transcript))
            return .stay
        }
    }
}
