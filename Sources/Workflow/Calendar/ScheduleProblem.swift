import Localization

/// A mistake found in a holiday schedule file, with its position so an admin can go straight to it.
public struct ScheduleProblem: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based, as editors count.
    public let line: Int
    /// 1-based, counted in Unicode scalars as libyaml does.
    public let column: Int
    public let message: Message

    public init(file: String, line: Int, column: Int, message: Message) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers use and editors can jump to.
    public func text(_ language: Language) -> String {
        "\(file):\(line):\(column): \(message.text(language))"
    }

    public var description: String { text(.zh) }
}
