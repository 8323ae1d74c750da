import Testing
import Workflow

/// The public site's rules are data: an item is kept off the site by a `secret` mark naming its
/// basis and reason, and the bureau file's `disclosure` names the channels, the posts that may
/// mark a case secret and the 双公示 deadline; each is checked when the definitions are saved.
@Suite struct DisclosureDefinitionTests {
    func compile(_ suffix: String, _ transform: (String) -> String) -> DefinitionCompilation {
        DefinitionCompiler.compile(Fixtures.shippedSources(replacing: suffix, with: transform))
    }

    func messages(_ compilation: DefinitionCompilation) -> [String] {
        compilation.diagnostics.map { $0.rendered(.zh) }
    }

    @Test func theShippedBureauFileCarriesTheDisclosurePolicy() throws {
        let policy = try #require(Fixtures.shipped?.bureau.disclosure)
        #expect(policy.secretPosts == ["legal", "leader"])
        #expect(policy.publicityDays == 7)
        #expect(policy.supervisionPhone.contains("85529136"))
        #expect(policy.secretBasis.contains("政府信息公开条例"))
        #expect(Fixtures.shipped?.items.allSatisfy { $0.secrecy == nil } == true, "no shipped item is secret")
    }

    @Test func anItemMarkedSecretCarriesItsBasisAndReason() throws {
        let compilation = compile("320600-QT-001.yaml") { $0 + "\nsecret: {basis: 政府信息公开条例第十四条, reason: 涉及国家安全}\n" }
        #expect(messages(compilation).isEmpty, "\(messages(compilation))")
        let item = try #require(compilation.set?.item("320600-QT-001"))
        #expect(item.secrecy == SecrecyMark(basis: "政府信息公开条例第十四条", reason: "涉及国家安全"))
    }

    @Test func aSecretMarkWithoutItsBasisIsRefused() {
        let compilation = compile("320600-QT-001.yaml") { $0 + "\nsecret: {reason: 涉及国家安全}\n" }
        #expect(compilation.set == nil || !compilation.diagnostics.isEmpty)
        #expect(messages(compilation).contains { $0.contains("basis") }, "\(messages(compilation))")
    }

    @Test func anUnknownPostOrDocumentInTheDisclosurePolicyIsRefused() {
        let posts = compile("bureau.yaml") { $0.replacingOccurrences(of: "secret-posts: [legal, leader]", with: "secret-posts: [legal, boss]") }
        #expect(messages(posts).contains { $0.contains("boss") }, "\(messages(posts))")
        let documents = compile("bureau.yaml") { $0.replacingOccurrences(of: "publicity-documents: [licence-grant,", with: "publicity-documents: [licence-grunt,") }
        #expect(messages(documents).contains { $0.contains("licence-grunt") }, "\(messages(documents))")
        let days = compile("bureau.yaml") { $0.replacingOccurrences(of: "publicity-days: 7", with: "publicity-days: 0") }
        #expect(messages(days).contains { $0.contains("publicity-days") }, "\(messages(days))")
    }
}
