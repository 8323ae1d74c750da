/// An item kept off the public site (政府信息公开条例 第14条: state secrets and information whose
/// disclosure would endanger security or stability are not disclosed). The mark names its legal
/// basis and the reason, so whoever reads the definition sees why the public does not.
public struct SecrecyMark: Sendable, Hashable, Codable {
    public let basis: String
    public let reason: String

    public init(basis: String, reason: String) {
        self.basis = basis
        self.reason = reason
    }
}
