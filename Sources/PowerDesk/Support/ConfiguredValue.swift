/// One setting in effect with its source; `value` is nil when nothing sets it and the program
/// decides at the point of use (the printer from CUPS, the font from the installed ones).
struct ConfiguredValue: Sendable, Equatable {
    let value: String?
    let source: ConfigurationSource
}
