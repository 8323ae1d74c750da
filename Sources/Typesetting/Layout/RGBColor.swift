/// A device RGB colour, components 0...1.
struct RGBColor: Sendable, Equatable {
    var red: Double
    var green: Double
    var blue: Double

    static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// The red of a seal, for the copy mark.
    static let stampRed = RGBColor(red: 0.85, green: 0, blue: 0)
    static let headerFill = RGBColor(red: 0.9, green: 0.9, blue: 0.9)
}
