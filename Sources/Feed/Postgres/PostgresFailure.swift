/// An error PostgreSQL reported for one statement: its SQLSTATE and message. The SQLSTATE tells
/// a record the target will not take (data, integrity, the target's own rules) from a fault.
struct PostgresFailure: Error, Sendable {
    let sqlState: String
    let message: String

    /// Classes 22 (data exception), 23 (integrity constraint) and P0 (raised by a PL/pgSQL rule
    /// the exchange added): the record is refused, the target is fine.
    var refusesRecord: Bool {
        sqlState.hasPrefix("22") || sqlState.hasPrefix("23") || sqlState.hasPrefix("P0")
    }
}
