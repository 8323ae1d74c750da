import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk supervise review-outcome CASE --kind review --outcome changed --filed … --decided …
/// --body … --number …`: the outcome of a 行政复议 or 行政诉讼 on a decided case, entered by
/// the legal or supervision post (one transaction, audited); without `--outcome`, the outcomes
/// recorded. The quarterly evaluation counts changed, revoked and unlawful as decisions changed.
struct SuperviseReviewOutcome: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review-outcome", abstract: SupervisionThirdPhrases.helpReviewOutcome.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(SupervisionThirdPhrases.helpRemedyCase)) var `case`: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyKind)) var kind: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyResult)) var outcome: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyFiled)) var filed: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyDecided)) var decided: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyBody)) var body: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyNumber)) var number: String?
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyNote)) var note: String = ""
    @Option(help: .phrase(SupervisionThirdPhrases.helpRemedyUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let caseID = self.case.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        // Everything typed is checked before signing in, so a mistake costs no password prompt.
        var draft: RemedyDraft?
        if let outcome {
            draft = try Self.draft(caseID: caseID, kind: kind, outcome: outcome, filed: filed, decided: decided, body: body, number: number, note: note,
                                   language: language)
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            if let draft {
                let record = try store.remedies.record(draft, by: actor)
                Console.out(Self.recorded(record, language))
            } else {
                let records = try store.remedies.list(caseID: caseID, for: actor)
                if records.isEmpty { Console.out(SupervisionThirdPhrases.remedyNone.template(language)) }
                for record in records { Console.out(Self.line(record, language)) }
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    /// The outcome as typed, or a usage error naming what is wrong.
    static func draft(caseID: String?, kind: String?, outcome: String, filed: String?, decided: String?, body: String?, number: String?,
                      note: String, language: Language) throws -> RemedyDraft {
        let given: [(String, String?)] = [("CASE", caseID), ("--kind", kind), ("--filed", filed), ("--decided", decided), ("--body", body),
                                          ("--number", number)]
        let missing = given.filter { $0.1?.isEmpty ?? true }.map(\.0)
        guard missing.isEmpty, let caseID, let kind, let filed, let decided, let body, let number else {
            Console.err(SupervisionThirdPhrases.remedyMissingOptions(missing.joined(separator: " ")).text(language))
            throw CommandFailure.usage
        }
        guard let remedy = RemedyKind.parse(kind) else {
            Console.err(SupervisionThirdPhrases.badRemedyKind(kind).text(language))
            throw CommandFailure.usage
        }
        guard let result = RemedyResult.parse(outcome) else {
            let choices = RemedyResult.allCases.map { "\($0.rawValue)（\($0.name.template(.zh))）" }.joined(separator: "、")
            Console.err(SupervisionThirdPhrases.badRemedyResult(outcome, choices).text(language))
            throw CommandFailure.usage
        }
        guard let filedOn = CivilDate(iso: filed.trimmingCharacters(in: .whitespaces)) else {
            Console.err(SupervisionThirdPhrases.badDate(filed).text(language))
            throw CommandFailure.usage
        }
        guard let decidedOn = CivilDate(iso: decided.trimmingCharacters(in: .whitespaces)) else {
            Console.err(SupervisionThirdPhrases.badDate(decided).text(language))
            throw CommandFailure.usage
        }
        return RemedyDraft(caseID: caseID, kind: remedy, result: result, filedOn: filedOn, decidedOn: decidedOn, body: body, documentNumber: number,
                           note: note)
    }

    static func recorded(_ record: RemedyRecord, _ language: Language) -> String {
        SupervisionThirdPhrases.remedyRecorded(record.caseID, record.kind.name.template(language), record.result.name.template(language),
                                               record.body, record.documentNumber, record.decidedOn.description,
                                               record.result.correctsDecision ? SupervisionThirdPhrases.remedyCounts.template(language) : "").text(language)
    }

    static func line(_ record: RemedyRecord, _ language: Language) -> String {
        SupervisionThirdPhrases.remedyLine(record.caseID, record.kind.name.template(language), record.result.name.template(language),
                                           record.filedOn?.description ?? "—", record.decidedOn.description, record.body, record.documentNumber,
                                           record.recordedBy).text(language)
    }
}
