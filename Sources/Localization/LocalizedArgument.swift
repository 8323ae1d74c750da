/// A value that renders differently per language (an amount "150000元" / "150000 yuan", a time
/// limit "20个工作日" / "20 working days"). Passed to a phrase, it stays a message until rendered.
public protocol LocalizedArgument {
    var message: Message { get }
}
