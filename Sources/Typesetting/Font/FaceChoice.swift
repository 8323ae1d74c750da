/// Which face of a font file to read: by family name (the first face when nil), or by the index
/// fontconfig reports.
enum FaceChoice: Sendable, Equatable {
    case family(String?)
    case index(Int)
}
