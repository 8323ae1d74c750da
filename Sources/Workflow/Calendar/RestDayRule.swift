/// What happens to a period whose last day is a rest day (a weekend not made a working day, or a
/// State Council holiday). 民法典 Art. 203 moves it to the day after the rest ends; the bureau
/// applies that to administrative periods. Data in `bureau.yaml`, so the basis is named and a
/// change of practice is one edit.
public struct RestDayRule: Sendable, Hashable, Codable {
    /// True: the last day moves to the next working day.
    public var movesToNextWorkday: Bool
    /// The article the move rests on, for documents and the desk.
    public var basis: String

    public init(movesToNextWorkday: Bool, basis: String) {
        self.movesToNextWorkday = movesToNextWorkday
        self.basis = basis
    }
}
