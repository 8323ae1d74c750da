/// A stretch during which a deadline clock stood still (补正、听证、鉴定 and the like).
///
/// The clock stopped on `start` and ran again from the day after `end`, so the pause covers the
/// units in (start, end]; a pause still open is passed with `end` = today.
public struct PausePeriod: Sendable, Hashable, Codable {
    public let start: CivilDate
    public let end: CivilDate

    public init(start: CivilDate, end: CivilDate) {
        self.start = start
        self.end = end
    }
}
