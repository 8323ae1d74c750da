/// A degree of the violation (违法程度) with its circumstances (裁量情节) and the standard that
/// applies (裁量标准), in the shape of the published model benchmark table.
public struct CircumstanceLevel: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let circumstances: String
    public let standard: String
    public let bands: [DiscretionBand]
    public let location: SourceLocation
    /// The action that must be in the case's history before this level applies: 拒不整改 only after
    /// a correction order's period ran out uncorrected (行政处罚法 Art. 28). Optional so that
    /// definitions compiled before it existed still decode.
    public let afterAction: String?

    public init(code: String, name: String, circumstances: String, standard: String, bands: [DiscretionBand], location: SourceLocation,
                afterAction: String? = nil) {
        self.code = code
        self.name = name
        self.circumstances = circumstances
        self.standard = standard
        self.bands = bands
        self.location = location
        self.afterAction = afterAction
    }

    public func band(for kind: PenaltyKind) -> DiscretionBand? { bands.first { $0.kind == kind } }
}
