/// What the whole bureau shares across items: posts, sections, document types, the public fields
/// each kind of item must publish (R2) and the deadline warning policy. One file, so a change of
/// organisation is one edit.
public struct BureauDefinition: Sendable, Hashable, Codable {
    public let name: String
    public let posts: [PostDefinition]
    public let sections: [NamedCode]
    /// 机关代字, the first part of every document number.
    public let agencyCode: String
    public let documents: [DocumentType]
    /// Kind → public field keys every item of that kind must fill.
    public let publicFields: [ItemKind: [NamedCode]]
    public let deadlinePolicy: DeadlinePolicy
    /// The public site's channels and rules; nil in a bureau file written before it existed.
    public let disclosure: DisclosurePolicy?
    public let location: SourceLocation

    public init(
        name: String, agencyCode: String, posts: [PostDefinition], sections: [NamedCode], documents: [DocumentType],
        publicFields: [ItemKind: [NamedCode]], deadlinePolicy: DeadlinePolicy, location: SourceLocation,
        disclosure: DisclosurePolicy? = nil
    ) {
        self.name = name
        self.posts = posts
        self.sections = sections
        self.agencyCode = agencyCode
        self.documents = documents
        self.publicFields = publicFields
        self.deadlinePolicy = deadlinePolicy
        self.disclosure = disclosure
        self.location = location
    }

    public func post(_ code: String) -> PostDefinition? { posts.first { $0.code == code } }
    public func document(_ code: String) -> DocumentType? { documents.first { $0.code == code } }
}
