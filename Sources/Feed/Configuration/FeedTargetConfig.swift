/// One target as the configuration file names it under `feed:`.
public struct FeedTargetConfig: Sendable, Hashable {
    public let name: String
    public let kind: FeedTargetKind
    /// PostgreSQL: libpq's connection string without any password.
    public let conninfo: String?
    /// PostgreSQL: libpq's password file (the ~/.pgpass format), so no password is ever on a
    /// command line, in the configuration or in a log.
    public let passfile: String?
    /// Directory: where the batches are dropped.
    public let path: String?
    /// Who the records are from, as the target tells sources apart (default "powerdesk").
    public let source: String
    /// Records per target transaction (PostgreSQL) or per file (directory).
    public let batch: Int
    /// Seconds a target may take to connect or to answer one statement before the batch is
    /// abandoned (and retried).
    public let timeout: Int
    /// Attempts per run after a fault, with back-off 1 s, 2 s, 4 s... between them.
    public let attempts: Int

    public init(name: String, kind: FeedTargetKind, conninfo: String? = nil, passfile: String? = nil, path: String? = nil,
                source: String = "powerdesk", batch: Int? = nil, timeout: Int = 30, attempts: Int = 3) {
        self.name = name
        self.kind = kind
        self.conninfo = conninfo
        self.passfile = passfile
        self.path = path
        self.source = source
        self.batch = batch ?? (kind == .postgres ? 1000 : 5000)
        self.timeout = timeout
        self.attempts = attempts
    }
}
