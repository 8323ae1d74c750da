/// What one `powerdesk publish` run did, for its message and the benchmark.
public struct PublishReport: Sendable, Hashable {
    /// Pages of the swapped generation written (0 when nothing they show changed).
    public var smallPages = 0
    public var generation = 0
    public var listingPages = 0
    public var statusWritten = 0
    public var statusRemoved = 0
    public var full = false
    public var milliseconds = 0.0

    public var changedNothing: Bool { smallPages == 0 && listingPages == 0 && statusWritten == 0 && statusRemoved == 0 }
}
