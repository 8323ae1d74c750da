import Documents
import Foundation
import Localization
import Storage
import Workflow

/// The admin's and the legal post's catalogue (R3, R4): an item's definition edited in
/// `$EDITOR`, validated on save and never installed when invalid; a valid edit becomes a draft
/// version that takes effect only when the legal post confirms it.
extension MainDeskView {
    var isAdmin: Bool { DeskAuthority.administers(session.actor) }
    var isLegal: Bool { DeskAuthority.confirmsDrafts(session.actor) }

    func openCatalogue() {
        do {
            let version = try session.store.definitions.activeVersion()
            let drafts = try session.store.definitions.drafts().map(CatalogueEntry.draft)
            var schedules: [CatalogueEntry] = []
            var templates: [CatalogueEntry] = []
            if isAdmin {
                let names = Dictionary(session.active.bureau.documents.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
                templates = session.active.templates.values.sorted { $0.path < $1.path }.map { source in
                    CatalogueEntry.template(path: source.path, documentName: DefinitionCompiler.templateName(source.path).flatMap { names[$0] })
                }
                let stored = try session.store.definitions.scheduleTexts()
                schedules = stored.map { CatalogueEntry.schedule(year: $0.year, text: $0.text) }
                let next = (stored.map(\.year).max() ?? session.today.year) + 1
                schedules.append(.schedule(year: next, text: Self.scheduleTemplate(next)))
            }
            dialogs.append(CatalogueDialog(entries: drafts + schedules + templates + session.active.items.map(CatalogueEntry.item), version: version,
                                           mayEdit: isAdmin, mayConfirm: isLegal))
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
    }

    /// The stored file an item of the version in force was read from.
    func activeSource(for item: ItemDefinition) throws -> SourceFile? {
        try activeSource(path: item.location.file)
    }

    func activeSource(path: String) throws -> SourceFile? {
        let version = try session.store.definitions.activeVersion()
        return try session.store.definitions.sources(version: version).first { $0.path == path }
    }

    /// A new year's schedule to fill in from the State Council's notice.
    static func scheduleTemplate(_ year: Int) -> String {
        """
        # \(year)年节假日安排：照国务院办公厅通知填写；off 为单个日期或 [起始日, 结束日]，workdays 逐日列出调休上班日。
        year: \(year)
        source: 国务院办公厅关于\(year)年部分节假日安排的通知
        holidays:
          - name: 元旦
            off: [\(year)-01-01, \(year)-01-01]

        """
    }

    /// Opens the text in the editor; on return, validates it against the other definitions in
    /// force. Invalid: the errors with their line numbers, and the choice to edit again or abandon.
    func edit(_ target: EditTarget, text: String) throws -> DialogOutcome {
        switch target {
        case let .item(item): try editDefinition(path: item.location.file, target: target, text: text)
        case let .template(path): try editDefinition(path: path, target: target, text: text)
        case .schedule: try editSchedule(target, text: text)
        }
    }

    /// Runs the editor on a copy of `text` in a private temporary file; nil when it could not run.
    /// The copy is made, read back and removed with the caller's own rights (`Privilege.asUser`),
    /// as `crontab -e` does: the caller owns it, and whatever they put in its place is read as
    /// them, never with the setgid group's privilege.
    func runEditor(on text: String, name: String) -> Data? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-edit-\(UUID().uuidString)")
        let file = directory.appendingPathComponent(name)
        defer { _ = try? Privilege.asUser { try FileManager.default.removeItem(at: directory) } }
        do {
            try Privilege.asUser {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try OutputFile.create(Data(text.utf8), at: file.path, replacing: false)
            }
        } catch {
            return nil
        }
        let command = editorCommand
        let status = screen?.runOutside { ExternalEditor.edit(file.path, command: command) } ?? ExternalEditor.edit(file.path, command: command)
        guard status >= 0 else { return nil }
        return try? Privilege.asUser { FileManager.default.contents(atPath: file.path) }
    }

    func editSchedule(_ target: EditTarget, text: String) throws -> DialogOutcome {
        guard let data = runEditor(on: text, name: "calendar.yaml") else { return .refuse(DeskPhrases.editorFailed(editorCommand)) }
        let edited = String(decoding: data, as: UTF8.self)
        if edited == text { return .closeNoting(DeskPhrases.editUnchanged()) }
        let saved = try session.store.definitions.saveSchedule(edited, by: session.actor)
        guard let year = saved.year else {
            return .replace(EditErrorsDialog(target: target, text: edited, errors: saved.problems.map { $0.text(session.language) }))
        }
        return .closeNoting(DeskPhrases.scheduleSaved(year))
    }

    /// An item's file or a template, edited and checked with every other definition in force;
    /// valid, it goes on to the change request.
    func editDefinition(path: String, target: EditTarget, text: String) throws -> DialogOutcome {
        guard let data = runEditor(on: text, name: URL(fileURLWithPath: path).lastPathComponent) else {
            return .refuse(DeskPhrases.editorFailed(editorCommand))
        }
        let original = (try? activeSource(path: path))??.text
        let edited: SourceFile
        switch SourceFile.decode(path: path, bytes: [UInt8](data)) {
        case let .success(source): edited = source
        case let .failure(problem):
            return .replace(EditErrorsDialog(target: target, text: String(decoding: data, as: UTF8.self), errors: [problem.rendered(session.language)]))
        }
        if edited.text == original { return .closeNoting(DeskPhrases.editUnchanged()) }
        let version = try session.store.definitions.activeVersion()
        let sources = try session.store.definitions.sources(version: version).map { $0.path == path ? edited : $0 }
        let compilation = DocumentDefinitions.compile(sources)
        guard compilation.set != nil else {
            return .replace(EditErrorsDialog(target: target, text: edited.text, errors: compilation.errors.map { $0.rendered(session.language) }))
        }
        return .replace(ChangeRequestDialog(model: ChangeRequestModel(title: target.title, sources: sources)))
    }
}
