import Localization
import Testing
@testable import Workflow

@Suite struct ShippedDefinitionsTests {
    @Test func shippedDefinitionsValidateWithoutErrors() {
        let result = DefinitionLoader.compile(paths: [Fixtures.flowsDirectory])
        #expect(result.errors.map(\.description) == [])
        #expect(result.set != nil)
    }

    @Test func referenceProceduresArePresent() throws {
        let set = try #require(Fixtures.shipped)
        #expect(Set(set.procedures.keys).isSuperset(of: ["licence", "penalty-ordinary", "penalty-simplified"]))
        let licence = try #require(set.flow(item: "320600-XK-001"))
        #expect(licence.procedure.code == "licence")
        #expect(licence.step("review")?.name == "宗教处承办审查", "the item's override of the step name applies")
    }
}
