/// A benchmark that could not run as scripted (a refused step is a bug, not a number).
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
