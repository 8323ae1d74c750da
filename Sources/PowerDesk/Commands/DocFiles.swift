import Documents
import Foundation
import Localization

/// Writing an output file the user named, atomically, with a message that says what went wrong.
enum DocFiles {
    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DocumentError(DocumentPhrases.outputUnwritable(path, error.localizedDescription))
        }
    }
}
