import Localization

/// The text of one definition file and the name to report it by. Reading from disk happens in
/// `DefinitionLoader`; everything after works on text, so tests need no files.
public struct SourceFile: Sendable, Hashable, Codable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The largest definition accepted: the biggest real item is a few kilobytes.
    public static let maximumBytes = 512 * 1024

    /// Decodes raw bytes, refusing what is not a definition at all (binary data, another encoding,
    /// a huge file) with a message instead of feeding it to the YAML parser.
    public static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if bytes.count > maximumBytes {
            return .failure(Diagnostic(start, DefinitionPhrases.fileTooLarge(bytes.count, maximumBytes)))
        }
        if let zero = bytes.firstIndex(of: 0) {
            let line = bytes[..<zero].filter { $0 == 10 }.count + 1
            return .failure(Diagnostic(SourceLocation(file: path, line: line, column: 1), DefinitionPhrases.binaryFile()))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(Diagnostic(start, DefinitionPhrases.notUTF8()))
        }
        return .success(SourceFile(path: path, text: text))
    }
}
