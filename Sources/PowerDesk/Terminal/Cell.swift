/// One column of the in-memory screen. A wide character fills its cell and marks the next one as
/// its continuation, as a terminal does.
struct Cell: Hashable, Sendable {
    var text: String = " "
    var style: TextStyle = .plain
    var isContinuation = false
}
