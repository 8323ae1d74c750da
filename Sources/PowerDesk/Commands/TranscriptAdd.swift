import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk transcript add CASE --kind 询问笔录 --head place=… --officer A --officer B --user NAME
/// [--recorder R] [--body-file F]`: a transcript written for a case, its body from a file or
/// standard input, checked and stored in one audited transaction.
struct TranscriptAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: TranscriptPhrases.helpAdd.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String
    @Option(help: .phrase(TranscriptPhrases.helpKind)) var kind: String
    @Option(help: .phrase(TranscriptPhrases.helpHead)) var head: [String] = []
    @Option(help: .phrase(TranscriptPhrases.helpOfficer)) var officer: [String] = []
    @Option(help: .phrase(TranscriptPhrases.helpRecorder)) var recorder: String?
    @Option(help: .phrase(TranscriptPhrases.helpBodyFile)) var bodyFile: String?
    @Option(help: .phrase(HelpPhrases.userActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        var heads: [String: String] = [:]
        for pair in head {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ErrorReport.fail(TranscriptPhrases.headOption(pair), language)
            }
            heads[String(pair[..<equals]).trimmingCharacters(in: .whitespaces)] = String(pair[pair.index(after: equals)...])
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let kinds = try TranscriptKinds.load(language: language)
            let body = try readBody()
            let draft = TranscriptDraft(kind: kind, heads: heads, officers: officer, recorder: recorder ?? actor.userID, body: body)
            let id = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            let written = try TranscriptRepository(store: store).add(draft, to: id, kinds: kinds, by: actor)
            Console.out(TranscriptPhrases.added(written.sheet.kind.name, written.number, written.sheet.sequence, written.sheet.body.count).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    /// The body from the file (read with the caller's rights) or from standard input, never
    /// from a terminal left waiting; at most the body limit's worth of UTF-8, four bytes a character.
    func readBody() throws -> String {
        let limit = TranscriptCheck.bodyLimit * 4 + 1
        let data: Data
        if let bodyFile {
            data = try CaseFileReader.read(bodyFile, limit: limit, allowed: ["/"]).data
        } else {
            guard isatty(STDIN_FILENO) == 0 else { throw TranscriptPhrases.bodyFromTerminal() }
            data = FileHandle.standardInput.readData(ofLength: limit)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TranscriptPhrases.bodyNotUTF8() }
        return text
    }
}
