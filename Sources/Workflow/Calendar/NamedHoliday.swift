/// One entry of a State Council holiday notice, such as 春节, kept so an admin can see where each
/// day off or extra working day came from.
public struct NamedHoliday: Sendable, Hashable {
    public let name: String
    /// Every day off of this holiday, ascending (ranges in the file are already expanded).
    public let off: [CivilDate]
    /// The weekend days worked in exchange (调休上班), ascending.
    public let workdays: [CivilDate]

    public init(name: String, off: [CivilDate], workdays: [CivilDate] = []) {
        self.name = name
        self.off = off.sorted()
        self.workdays = workdays.sorted()
    }
}
