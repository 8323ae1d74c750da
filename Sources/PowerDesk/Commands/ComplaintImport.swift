import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk complaint import PATH`: the public mailbox's received mail (a Maildir or an mbox
/// file) registered as complaints by the supervision post, decoded by GMime, attachments kept. A
/// mail imported before (same Message-ID) is not registered again, so the import can run daily.
struct ComplaintImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: ComplaintPhrases.helpImport.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(ComplaintPhrases.helpMailbox)) var path: String
    @Option(help: .phrase(ComplaintPhrases.helpComplaintUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        let messages: [MailMessage]
        do {
            guard let read = try Privilege.asUser({ try MailboxReader.read(path) }) else {
                Console.err(ComplaintPhrases.notAMailbox(path).text(language))
                throw CommandFailure.refused
            }
            messages = read
        } catch let failure as ExitCode {
            throw failure
        } catch {
            Console.err(ComplaintPhrases.mailboxUnreadable(path, error.localizedDescription).text(language))
            throw CommandFailure.refused
        }
        var added = 0
        do {
            for message in messages {
                let made = try store.complaints.register(Self.draft(message, language: language), by: actor)
                if made.created {
                    added += 1
                    Console.out(ComplaintPhrases.registered(made.record.id, made.record.acceptDue.description).text(language) + "　" + made.record.subject)
                } else {
                    Console.out(ComplaintPhrases.alreadyImported(made.record.id).text(language))
                }
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
        Console.out(ComplaintPhrases.importDone(messages.count, added).text(language))
    }

    /// A mail as a complaint: the sender is the complainant (anonymous when the mail names no
    /// address), an empty subject or body is said to be empty rather than refused.
    static func draft(_ message: MailMessage, language: Language) -> ComplaintDraft {
        let subject = message.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = message.body.trimmingCharacters(in: .whitespacesAndNewlines)
        let identity = message.fromAddress.isEmpty ? nil
            : ComplaintIdentity(name: message.fromName.isEmpty ? message.fromAddress : message.fromName, contact: message.fromAddress)
        return ComplaintDraft(
            kind: .complaint, channel: .mailbox, identity: identity,
            subject: subject.isEmpty ? ComplaintPhrases.mailNoSubject.template(language) : subject,
            body: body.isEmpty ? ComplaintPhrases.mailNoBody.template(language) : body,
            messageID: message.messageID, attachments: message.attachments.map { ComplaintAttachment(name: $0.name, data: $0.data) })
    }
}
