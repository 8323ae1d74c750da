/// What a valid resident ID says about its holder, for pre-filling forms and cross-checks.
public struct ResidentIDDetails: Sendable, Hashable {
    /// The six-digit area of first registration (GB/T 2260), e.g. "320623".
    public let areaCode: String
    /// The first two digits of the area, e.g. 32 for Jiangsu.
    public let provinceCode: Int
    public let birthDate: CivilDateParts
    /// Characters 15–17, the sequence number for people born on the same day in the same area.
    public let sequence: String
    /// From character 17: odd for male, even for female.
    public let sex: Sex

    /// Decodes a resident ID that passed `IdentityCheck`; `nil` for any other kind.
    public init?(_ number: IdentityNumber) {
        guard number.kind == .residentID else { return nil }
        let characters = Array(number.value)
        let body = characters.prefix(17).compactMap(IdentityCharacters.digitValue)
        guard characters.count == ResidentIDRules.length, body.count == 17 else { return nil }
        areaCode = String(characters[0...5])
        provinceCode = body[0] * 10 + body[1]
        birthDate = ResidentIDRules.birthDate(of: body)
        sequence = String(characters[14...16])
        sex = body[16] % 2 == 1 ? .male : .female
    }
}
