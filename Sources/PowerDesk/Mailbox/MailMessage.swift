import Foundation

/// One mail of the public mailbox as GMime decoded it: headers in UTF-8 (RFC 2047 words and
/// legacy charsets converted), the first text part as the body, every attachment's bytes.
struct MailMessage: Sendable, Hashable {
    struct Attachment: Sendable, Hashable {
        let name: String
        let data: Data
    }

    let messageID: String?
    let fromName: String
    let fromAddress: String
    let subject: String
    let body: String
    let attachments: [Attachment]
}
