/// One installed face as fontconfig reports it: a file and the face's index in it (a `.ttc`
/// holds several), with the family names the face gives itself (English and localised).
public struct FontFace: Sendable, Hashable {
    public let path: String
    public let index: Int
    public let families: [String]

    public init(path: String, index: Int, families: [String]) {
        self.path = path
        self.index = index
        self.families = families
    }

    /// Whether the face calls itself `family`, compared as fontconfig does (case and spaces ignored).
    public func isFamily(_ family: String) -> Bool {
        let wanted = Self.folded(family)
        return families.contains { Self.folded($0) == wanted }
    }

    static func folded(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " })
    }
}
