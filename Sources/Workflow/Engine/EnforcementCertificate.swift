/// An administrative enforcement certificate (行政执法证件): its number and the last day it is
/// valid. Only its holder may take part as an officer in an investigation or an on-the-spot
/// decision, and shows it to the party (行政处罚法 Art. 42, 52, 55).
public struct EnforcementCertificate: Sendable, Hashable, Codable {
    public let number: String
    public let validUntil: CivilDate

    public init(number: String, validUntil: CivilDate) {
        self.number = number
        self.validUntil = validUntil
    }

    public func isValid(on day: CivilDate) -> Bool { day <= validUntil }
}
