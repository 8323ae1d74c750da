/// What an archive run moved, for the command's closing line and the benchmark.
public struct ArchiveReport: Sendable {
    public var cases = 0
    public var events = 0
    public var documents = 0
    public var files = 0
    public var batches = 0
}
