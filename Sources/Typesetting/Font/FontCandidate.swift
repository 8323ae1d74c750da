/// A place a Chinese font is known to live on Debian, with the face to take from it.
struct FontCandidate: Sendable, Equatable {
    var path: String
    /// The family to pick from a collection; nil takes the first face.
    var family: String?
}
