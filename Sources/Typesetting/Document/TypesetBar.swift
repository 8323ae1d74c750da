/// One bar of a chart: its label, its length as a value, and the value as it should print.
public struct TypesetBar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueText: String

    public init(label: String, value: Double, valueText: String) {
        self.label = label
        self.value = value
        self.valueText = valueText
    }
}
