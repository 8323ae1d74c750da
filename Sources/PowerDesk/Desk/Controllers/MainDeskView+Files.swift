import Foundation
import Localization
import Storage
import Workflow

/// Case files at the desk (#18): the files dialog, and the file operations it asks for. Files
/// are read and written with the user's own rights (`Privilege.asUser`), as on the command line.
extension MainDeskView {
    func openFiles() {
        guard let listed = selectedState else { return }
        do {
            dialogs.append(try filesDialog(caseID: listed.id, itemCode: listed.itemCode, state: listed))
        } catch {
            report(error)
        }
    }

    /// The case's filed files and the drop folder's waiting ones, read now.
    func filesDialog(caseID: String, itemCode: String, state: CaseState) throws -> FilesDialog {
        let materials = engine(for: state)?.definitions.item(itemCode)?.materials ?? []
        let limit = session.store.attachments.maximumBytes
        let inbox = CaseFiling.waiting(limit: limit)
        let waiting = inbox.files.map { FilesDialog.Waiting(name: $0.name, path: (inbox.folder as NSString).appendingPathComponent($0.name), size: $0.size) }
        return FilesDialog(caseID: caseID, materials: materials, inbox: inbox.folder, files: try session.store.attachments.files(caseID), waiting: waiting)
    }

    /// What a terminal can show of the selected file: its facts, an image's size, a PDF's text.
    func viewFile(_ dialog: FilesDialog) throws -> DialogOutcome {
        var dialog = dialog
        let l = session.language
        let name: String
        let data: Data
        if let file = dialog.selectedFile {
            name = file.name
            data = try session.store.attachments.data(file.sha256) ?? Data()
        } else if let waiting = dialog.selectedWaiting {
            name = waiting.name
            let limit = session.store.attachments.maximumBytes
            let allowed = [dialog.inbox] + (SiteConfiguration.current.value("attach-from").value ?? "").split(separator: ":").map(String.init)
            data = try CaseFileReader.read(waiting.path, limit: limit, allowed: allowed).0
        } else {
            return .stay
        }
        var lines = [DialogPhrases.fileFacts(name, data.count).text(l), ""]
        if let size = FilePreview.imageSize(data) {
            lines.append(DialogPhrases.imageSize(size.width, size.height).text(l))
        } else if case .accepted(.pdf) = FileKind.detect(data) {
            lines += pdfText(data) ?? [DialogPhrases.noPdftotext().text(l)]
        } else {
            lines.append(DialogPhrases.noText().text(l))
        }
        dialog.preview = (name, lines)
        dialog.offset = 0
        return .replace(dialog)
    }

    /// A PDF's text through `pdftotext -layout` (poppler-utils), nil when it is not installed; a
    /// file it cannot read is said to be damaged, not pdftotext to be missing.
    func pdfText(_ data: Data) -> [String]? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-view-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        guard (try? data.write(to: file)) != nil else { return [DialogPhrases.noText().text(session.language)] }
        guard let output = try? ProcessRunner.run("pdftotext", ["-layout", "-q", file.path, "-"]) else { return nil }
        guard output.status == 0 else { return [DialogPhrases.pdfUnreadable().text(session.language)] }
        let lines = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ? lines : [DialogPhrases.noText().text(session.language)]
    }

    /// Writes a filed file into the outbox folder (config `outbox`), never over another file.
    func exportFile(_ file: AttachedFile) throws -> DialogOutcome {
        guard let data = try session.store.attachments.data(file.sha256) else { return .refuse(DialogPhrases.noText()) }
        let folder = SiteConfiguration.current.value("outbox").value ?? ""
        let written: String = try Privilege.asUser {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            var target = (folder as NSString).appendingPathComponent(file.name)
            var number = 1
            while FileManager.default.fileExists(atPath: target) {
                number += 1
                target = (folder as NSString).appendingPathComponent("\(number)-\(file.name)")
            }
            try OutputFile.create(data, at: target, replacing: false)
            return target
        }
        message = (session.text(DialogPhrases.exported(written)), false)
        return .stay
    }

    /// Sends a filed file to the clerk's PC through the terminal (ZMODEM): a private copy under
    /// the file's own name (the terminal saves it under that name), made and removed as the user,
    /// the desk giving the terminal up while `sz` runs.
    func sendFile(_ file: AttachedFile) throws -> DialogOutcome {
        let command = zmodemCommand
        guard ZmodemSender.isAvailable(command) else { return .refuse(TransferPhrases.senderMissing(command)) }
        guard let data = try session.store.attachments.data(file.sha256) else { return .refuse(DialogPhrases.noText()) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-send-\(UUID().uuidString)")
        let name = (file.name as NSString).lastPathComponent
        let copy = directory.appendingPathComponent(name.isEmpty || name == ".." ? file.sha256 : name)
        defer { _ = try? Privilege.asUser { try FileManager.default.removeItem(at: directory) } }
        try Privilege.asUser {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try OutputFile.create(data, at: copy.path, replacing: false)
        }
        let status = screen?.runOutside { ZmodemSender.send(copy.path, command: command) } ?? ZmodemSender.send(copy.path, command: command)
        message = status == 0 ? (session.text(TransferPhrases.sent(file.name)), false) : (session.text(TransferPhrases.sendFailed(file.name)), true)
        return .stay
    }

    /// Completes the attach dialog's path from the directory it names, read as the user.
    func completePath(_ dialog: AttachFileDialog) -> DialogOutcome {
        var dialog = dialog
        let (directory, _) = PathCompletion.split(dialog.path.text)
        let listed = directory.isEmpty ? FileManager.default.currentDirectoryPath : directory
        let names = (try? Privilege.asUser { try FileManager.default.contentsOfDirectory(atPath: listed) }) ?? []
        let entries = names.map { name -> (name: String, isDirectory: Bool) in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return (name, isDirectory.boolValue)
        }
        let completed = PathCompletion.complete(dialog.path.text, entries: entries)
        dialog.path = TextField(completed.text, maxLength: 1_000)
        dialog.candidates = completed.candidates
        return .replace(dialog)
    }

    /// Files the file, then shows the files dialog below read again.
    func attachFile(caseID: String, path: String, entry: String, evidence: Bool) throws -> DialogOutcome {
        let outcome = try CaseFiling.file(path, entry: entry, evidence: evidence, caseID: caseID, store: session.store, actor: session.actor)
        var text = session.text(DialogPhrases.filed(outcome.result.file.name, caseID))
        if let moved = outcome.movedTo { text += "；" + session.text(CaseFilePhrases.inboxMoved(moved)) }
        message = (text, false)
        reload(keeping: selectedState?.id)
        _ = dialogs.popLast()
        guard let files = dialogs.last as? FilesDialog else { return .stay }
        let state = try session.store.cases.load(caseID)
        var fresh = try filesDialog(caseID: caseID, itemCode: state.itemCode, state: state)
        fresh.selected = min(files.selected, max(0, fresh.count - 1))
        return .replace(fresh)
    }
}
