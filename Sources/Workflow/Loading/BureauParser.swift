import Localization
import Yams

/// Reads the bureau file: posts, sections, document types, public fields per kind and the
/// deadline warning policy.
enum BureauParser {
    static func parse(_ node: Node, file: String, sink: DiagnosticSink) -> BureauDefinition? {
        let keys = ["bureau", "agency-code", "posts", "sections", "documents", "public-fields", "deadline-policy", "disclosure"]
        guard let top = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let name = top.string("bureau", required: true)
        let posts = top.sequence("posts", required: true).compactMap { node -> PostDefinition? in
            guard let reader = MappingReader(node, file: file, sink: sink, allowed: ["code", "name", "read-only", "officer"]),
                  let code = reader.string("code", required: true), let name = reader.string("name", required: true)
            else { return nil }
            return PostDefinition(code: code, name: name, readOnly: reader.bool("read-only") ?? false, officer: reader.bool("officer") ?? true)
        }
        let sections = namedCodes(top, "sections", file: file, sink: sink)
        let agencyCode = top.string("agency-code", required: true)
        let documents = top.sequence("documents", required: true).compactMap { node -> DocumentType? in
            guard let entry = MappingReader(node, file: file, sink: sink, allowed: ["code", "name", "word"]),
                  let code = entry.string("code", required: true), let name = entry.string("name", required: true)
            else { return nil }
            return DocumentType(code: code, name: name, word: entry.string("word"))
        }
        var publicFields: [ItemKind: [NamedCode]] = [:]
        if let fields = top.mapping("public-fields", required: true, allowed: ItemKind.allCases.map(\.rawValue)) {
            for kind in ItemKind.allCases {
                publicFields[kind] = namedCodes(fields, kind.rawValue, file: file, sink: sink)
            }
        }
        var policy = DeadlinePolicy()
        if let reader = top.mapping("deadline-policy", allowed: ["yellow-before", "unit", "rest-day"]) {
            if let before = reader.int("yellow-before", range: 0...30) { policy.yellowBefore = before }
            if let unit = reader.choice("unit", as: DayUnit.self) { policy.unit = unit }
            if let rule = reader.mapping("rest-day", allowed: ["moves-to-next-workday", "basis"]),
               let basis = rule.string("basis", required: true) {
                policy.restDay = RestDayRule(movesToNextWorkday: rule.bool("moves-to-next-workday") ?? false, basis: basis)
            }
        }
        let disclosure = top.mapping("disclosure", allowed: disclosureKeys).flatMap {
            disclosurePolicy($0, posts: posts, documents: documents, sink: sink)
        }
        guard let name, let agencyCode else { return nil }
        return BureauDefinition(
            name: name, agencyCode: agencyCode, posts: posts, sections: sections, documents: documents, publicFields: publicFields,
            deadlinePolicy: policy, location: top.location, disclosure: disclosure
        )
    }

    static let disclosureKeys = [
        "supervision-phone", "complaint-channel", "secret-posts", "secret-basis", "publicity-days", "publicity-basis",
        "publicity-documents", "withdraw-on", "withdrawal-basis",
    ]

    /// The public site's channels and rules; every post named must be defined.
    private static func disclosurePolicy(
        _ reader: MappingReader, posts: [PostDefinition], documents: [DocumentType], sink: DiagnosticSink
    ) -> DisclosurePolicy? {
        let phone = reader.string("supervision-phone", required: true)
        let complaint = reader.string("complaint-channel", required: true)
        let secretPosts = reader.strings("secret-posts", required: true)
        let known = Set(posts.map(\.code))
        for (post, at) in secretPosts where !known.contains(post) {
            sink.error(at, DefinitionPhrases.unknownPost(post, posts.map(\.code).joined(separator: ", ")))
        }
        let secretBasis = reader.string("secret-basis", required: true)
        let days = reader.int("publicity-days", required: true, range: 1...60)
        let publicityBasis = reader.string("publicity-basis", required: true)
        let publicityDocuments = reader.strings("publicity-documents", required: true)
        let types = Set(documents.map(\.code))
        for (code, at) in publicityDocuments where !types.contains(code) {
            sink.error(at, DefinitionPhrases.unknownDocument(code, documents.map(\.code).joined(separator: ", ")))
        }
        // Optional so that a bureau file stored before them still loads (it gets the statute's list).
        let withdrawOn = reader.strings("withdraw-on")
        for (outcome, at) in withdrawOn where !DisclosurePolicy.remedyOutcomes.contains(outcome) {
            sink.error(at, PublicThirdPhrases.unknownWithdrawOutcome(outcome, DisclosurePolicy.remedyOutcomes.joined(separator: ", ")))
        }
        let withdrawalBasis = reader.string("withdrawal-basis")
        guard let phone, let complaint, let secretBasis, let days, let publicityBasis else { return nil }
        return DisclosurePolicy(
            supervisionPhone: phone, complaintChannel: complaint, secretPosts: secretPosts.map(\.0), secretBasis: secretBasis,
            publicityDays: days, publicityBasis: publicityBasis, publicityDocuments: publicityDocuments.map(\.0),
            withdrawOn: withdrawOn.isEmpty ? DisclosurePolicy.statutoryWithdrawOn : withdrawOn.map(\.0),
            withdrawalBasis: withdrawalBasis ?? DisclosurePolicy.statutoryWithdrawalBasis
        )
    }

    private static func namedCodes(_ reader: MappingReader, _ key: String, file: String, sink: DiagnosticSink) -> [NamedCode] {
        reader.sequence(key, required: true).compactMap { node in
            guard let entry = MappingReader(node, file: file, sink: sink, allowed: ["code", "name"]),
                  let code = entry.string("code", required: true), let name = entry.string("name", required: true)
            else { return nil }
            return NamedCode(code: code, name: name)
        }
    }
}
