import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk attach CASE FILE --material CODE | --evidence LABEL --user NAME`: files a scan,
/// a photo or a document into a case (R17).
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attach", abstract: HelpPhrases.attach.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String
    @Argument(help: .phrase(HelpPhrases.attachFile)) var file: String
    @Option(help: .phrase(HelpPhrases.attachMaterial)) var material: String?
    @Option(help: .phrase(HelpPhrases.attachEvidence)) var evidence: String?
    @Option(help: .phrase(TranscriptPhrases.helpAttachTranscript)) var transcript: Int64?
    @Option(help: .phrase(HelpPhrases.userActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func validate() throws {
        if transcript != nil { return try TranscriptFiling.validate(material: material, evidence: evidence, language: global.language) }
        if (material == nil) == (evidence == nil) { throw ValidationError(CaseFilePhrases.entryRequired().text(global.language)) }
    }

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let id = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            if let transcript { return try TranscriptFiling.fileSigned(file, number: transcript, caseID: id, store: store, actor: actor, language: language) }
            let outcome = try CaseFiling.file(file, entry: material ?? evidence ?? "", evidence: evidence != nil, caseID: id, store: store, actor: actor)
            let filed = outcome.result.file
            if outcome.result.repeated {
                Console.out(CaseFilePhrases.alreadyAttached(filed.entry, filed.sha256).text(language))
            } else {
                Console.out(CaseFilePhrases.attached(filed.name, filed.kind?.label ?? "?", filed.size, filed.sha256).text(language))
            }
            if outcome.result.materialRecorded { Console.out(CaseFilePhrases.materialReceived(filed.entry).text(language)) }
            if let moved = outcome.movedTo { Console.out(CaseFilePhrases.inboxMoved(moved).text(language)) }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
