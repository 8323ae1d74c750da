import CGMime
import Foundation

/// Reads the public mailbox through GMime: a Maildir (every file under `cur/` and `new/`, in name
/// order) or an mbox file (messages split at their "From " lines by GMime's parser). Nothing
/// here decodes MIME by hand; GMime does the RFC 2047 headers, the transfer encodings and the
/// charsets, with GB18030 tried for raw 8-bit headers (Chinese mail clients send them).
enum MailboxReader {
    /// The largest mailbox file read: a mail with attachments is a few megabytes.
    static let maximumBytes = 256 * 1024 * 1024

    private static let initialised: Bool = {
        g_mime_init()
        let options = g_mime_parser_options_get_default()
        // Duplicated once for the life of the process (GMime keeps the list it is given).
        let names = ["UTF-8", "GB18030", "ISO-8859-1"].map { (name: String) -> UnsafeMutablePointer<CChar>? in strdup(name) }
        var charsets: [UnsafePointer<CChar>?] = names.map { $0.map { UnsafePointer($0) } } + [nil]
        charsets.withUnsafeMutableBufferPointer { g_mime_parser_options_set_fallback_charsets(options, $0.baseAddress) }
        return true
    }()

    /// Every message of the Maildir or mbox at `path`, or nil when the path is neither.
    static func read(_ path: String) throws -> [MailMessage]? {
        _ = initialised
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            var files: [String] = []
            for folder in ["cur", "new"] {
                let directory = (path as NSString).appendingPathComponent(folder)
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
            }
            guard !files.isEmpty || FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("cur")) else { return nil }
            return try files.flatMap { try messages(in: try bytes(of: $0), mbox: false) }
        }
        return try messages(in: try bytes(of: path), mbox: true)
    }

    static func bytes(of path: String) throws -> Data {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes[.size] as? Int, size > maximumBytes { throw CocoaError(.fileReadTooLarge) }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The messages in some bytes: one (a Maildir file) or all of an mbox.
    static func messages(in data: Data, mbox: Bool) throws -> [MailMessage] {
        _ = initialised
        let stream: UnsafeMutablePointer<GMimeStream>? = data.withUnsafeBytes { raw in
            g_mime_stream_mem_new_with_buffer(raw.bindMemory(to: CChar.self).baseAddress, raw.count)
        }
        guard let stream else { return [] }
        defer { cgmime_unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return [] }
        defer { cgmime_unref(parser) }
        g_mime_parser_set_format(parser, mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE)
        var out: [MailMessage] = []
        while g_mime_parser_eos(parser) == 0 {
            guard let message = g_mime_parser_construct_message(parser, nil) else { break }
            out.append(read(message))
            cgmime_unref(message)
            if !mbox { break }
        }
        return out
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
    }

    static func read(_ message: UnsafeMutablePointer<GMimeMessage>) -> MailMessage {
        var fromName = ""
        var fromAddress = ""
        if let from = g_mime_message_get_from(message), internet_address_list_length(from) > 0,
           let first = internet_address_list_get_address(from, 0) {
            fromName = string(internet_address_get_name(first))
            fromAddress = string(cgmime_mailbox_address(first))
        }
        let parts = PartCollector()
        let box = Unmanaged.passRetained(parts)
        g_mime_message_foreach(message, { _, part, context in
            guard let part, let context else { return }
            Unmanaged<PartCollector>.fromOpaque(context).takeUnretainedValue().add(part)
        }, box.toOpaque())
        box.release()
        let messageID = string(g_mime_message_get_message_id(message))
        return MailMessage(messageID: messageID.isEmpty ? nil : messageID, fromName: fromName, fromAddress: fromAddress,
                           subject: string(g_mime_message_get_subject(message)), body: parts.body ?? "", attachments: parts.attachments)
    }

    /// What `g_mime_message_foreach` finds: the first text part that is not an attachment is
    /// the body; every part that is an attachment (or has a file name) is kept with its bytes.
    final class PartCollector {
        var body: String?
        var attachments: [MailMessage.Attachment] = []

        func add(_ object: UnsafeMutablePointer<GMimeObject>) {
            guard cgmime_is_part(object) != 0, let part = cgmime_part(object) else { return }
            let name = MailboxReader.string(g_mime_part_get_filename(part))
            if g_mime_part_is_attachment(part) == 0, name.isEmpty, cgmime_is_text_part(object) != 0, body == nil {
                if let text = g_mime_text_part_get_text(cgmime_text_part(object)) {
                    body = MailboxReader.string(text)
                    cgmime_free(text)
                }
                return
            }
            guard let content = g_mime_part_get_content(part), let sink = g_mime_stream_mem_new() else { return }
            defer { cgmime_unref(sink) }
            _ = g_mime_data_wrapper_write_to_stream(content, sink)
            guard let bytes = g_mime_stream_mem_get_byte_array(cgmime_stream_mem(sink)) else { return }
            let data = Data(bytes: bytes.pointee.data, count: Int(bytes.pointee.len))
            attachments.append(MailMessage.Attachment(name: name.isEmpty ? "attachment-\(attachments.count + 1)" : name, data: data))
        }
    }
}
