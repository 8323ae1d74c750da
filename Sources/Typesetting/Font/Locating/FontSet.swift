/// The faces one document is set in: the general Chinese font, each role's own face where one
/// is installed, and fallback faces for characters none of those has (𠮷 in a party's name).
/// Pure data: layout picks each character's face from it without touching the system.
public struct FontSet: Sendable {
    /// Distinct faces; index 0 is the general font. Indices name faces in layout and in the PDF.
    public let faces: [TrueTypeFont]
    private let roleFaces: [FontRole: Int]
    /// Indices of the fallback faces, tried in order after the role's face and the general font.
    private let fallbacks: [Int]

    /// One font for everything, no fallback: what documents were always set in.
    public init(font: TrueTypeFont) {
        self.init(general: font)
    }

    public init(general: TrueTypeFont, roles: [FontRole: TrueTypeFont] = [:], fallbacks: [TrueTypeFont] = []) {
        var faces = [general]
        func index(of font: TrueTypeFont) -> Int {
            if let found = faces.firstIndex(where: { $0 === font }) { return found }
            faces.append(font)
            return faces.count - 1
        }
        var roleFaces: [FontRole: Int] = [:]
        for role in FontRole.allCases {
            if let font = roles[role] { roleFaces[role] = index(of: font) }
        }
        var fallbackIndices: [Int] = []
        for font in fallbacks {
            let found = index(of: font)
            if found != 0, !roleFaces.values.contains(found), !fallbackIndices.contains(found) { fallbackIndices.append(found) }
        }
        self.faces = faces
        self.roleFaces = roleFaces
        self.fallbacks = fallbackIndices
    }

    public var general: TrueTypeFont { faces[0] }

    /// The face a role is set in (the general font when the role has none of its own).
    public func font(for role: FontRole?) -> TrueTypeFont {
        faces[faceIndex(for: role)]
    }

    func faceIndex(for role: FontRole?) -> Int {
        role.flatMap { roleFaces[$0] } ?? 0
    }

    /// Whether a role has a face of its own; one that has not is emboldened by stroking where
    /// the standard wants a heavier face (title, headings).
    public func hasOwnFace(_ role: FontRole) -> Bool {
        faceIndex(for: role) != 0
    }

    /// The same set with more fallback faces after the present ones.
    public func adding(fallbacks more: [TrueTypeFont]) -> FontSet {
        var roles: [FontRole: TrueTypeFont] = [:]
        for (role, index) in roleFaces { roles[role] = faces[index] }
        return FontSet(general: general, roles: roles, fallbacks: fallbacks.map { faces[$0] } + more)
    }

    /// The face that draws `character` in text of `role`, with its glyph: the role's face, then
    /// the general font, then each fallback; nil when none has it.
    func glyph(for character: Character, role: FontRole?) -> (face: Int, glyph: UInt16)? {
        let primary = faceIndex(for: role)
        for face in [primary] + (primary == 0 ? [] : [0]) + fallbacks {
            if let glyph = faces[face].glyph(for: character) { return (face, glyph) }
        }
        return nil
    }

    /// Whether text of any role can draw `character`: every role falls back to the general
    /// font and then the fallbacks, so those decide.
    func covers(_ character: Character) -> Bool {
        glyph(for: character, role: nil) != nil
    }
}
