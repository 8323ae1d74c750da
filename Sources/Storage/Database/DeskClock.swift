import Foundation

/// The time the desk stamps on records. Real by default; a fixed time only for a database made for
/// demos or training, so nobody can backdate a real record.
public enum DeskClock: Sendable, Hashable {
    case real
    case fixed(Date)
    /// Real time moved forward by a training database's `clock advance`: it keeps running.
    case shifted(TimeInterval)

    public func now() -> Date {
        switch self {
        case .real: Date()
        case let .fixed(date): date
        case let .shifted(offset): Date().addingTimeInterval(offset)
        }
    }
}
