import Testing
@testable import Storage

/// The audit record's digest is the SHA-256 of its fields joined by U+001F, however the fields are
/// fed (gathered small ones, a large body hashed in place, a digest reused after `reset`): the
/// expected values were computed with Python's `hashlib`, an implementation of its own.
@Suite struct ChainDigestTests {
    static let body = String(repeating: "正文", count: 1_500)
    static let expected = "dff12c25f5efb02471fa55143c47ee78bd75600f0161b0a5f6345dcb65a53823"

    @Test func aRecordHashesItsFieldsJoinedBySeparators() {
        let hex = AuditChain.hash(previous: String(repeating: "0", count: 64), seq: 7, atMilliseconds: 1_700_000_000_000, userID: "clerk",
                                  caseID: "XK2026000001", eventSeq: nil, kind: "case.opened", body: Self.body)
        #expect(hex == Self.expected)
    }

    @Test func aReusedDigestStartsAfresh() {
        var digest = ChainDigest()
        digest.field("left over")
        digest.field(Self.body)
        digest.reset()
        digest.field("a")
        digest.field(-12)
        digest.field("")
        #expect(digest.hex() == "1f3415c32c71d6d302766ffd1e52a8e77d1fb7418509fb714b933c6b225a4ad6")
    }
}
