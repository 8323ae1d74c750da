import Workflow

/// What filing a file did: the file as filed, whether it was filed there before (nothing new
/// written), and whether its material now counts as received.
public struct AttachmentResult: Sendable {
    public let file: AttachedFile
    public let repeated: Bool
    public let materialRecorded: Bool
}
