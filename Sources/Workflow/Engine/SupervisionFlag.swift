/// Something the electronic supervision (电子监察, R24) must see: a penalty outside the
/// discretion band, repeated abnormal operations.
public struct SupervisionFlag: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case discretionDeviation = "discretion-deviation"
        case repeatedAbnormal = "repeated-abnormal"
    }

    public let kind: Kind
    public let detail: String
    public let on: CivilDate

    public init(kind: Kind, detail: String, on: CivilDate) {
        self.kind = kind
        self.detail = detail
        self.on = on
    }
}
