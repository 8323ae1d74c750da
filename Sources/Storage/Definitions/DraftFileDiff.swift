/// One file of a draft that differs from the version in force, with its unified diff.
public struct DraftFileDiff: Sendable, Hashable {
    public enum Change: String, Sendable, Hashable {
        case added, changed, removed
    }

    public let path: String
    public let change: Change
    public let lines: [String]
}
