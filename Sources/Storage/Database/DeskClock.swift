import Foundation

/// The time the desk stamps on records. Real by default; a fixed time only for a database made for
/// demos or training, so nobody can backdate a real record.
public enum DeskClock: Sendable, Hashable {
    case real
    case fixed(Date)

    public func now() -> Date {
        switch self {
        case .real: Date()
        case let .fixed(date): date
        }
    }
}
