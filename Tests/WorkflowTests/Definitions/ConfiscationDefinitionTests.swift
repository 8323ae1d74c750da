import Testing
@testable import Workflow

/// "有违法所得、非法财物的，没收" in the definitions: every confiscation the shipped penalties
/// offer is required when its fact is recorded (行政处罚法 Art. 28 ②; 《宗教事务条例》 Art. 64 ②,
/// 65, 66, 69, 70, 71, 72, 73, 74), and the validator holds the condition to a fact the item records.
@Suite struct ConfiscationDefinitionTests {
    @Test func everyConfiscationIsRequiredWhenItsFactIsRecorded() throws {
        let set = try #require(Fixtures.shipped)
        var seen = 0
        for item in set.items where item.kind == .penalty {
            for penalty in item.discretion?.statutory ?? [] where [.confiscateGains, .confiscateProperty].contains(penalty.kind) {
                seen += 1
                let expected = penalty.kind == .confiscateGains ? "illegal-gains" : "illegal-property"
                #expect(penalty.requiredWhen == expected, "\(item.code): \(penalty.kind.rawValue) is required when \(expected) is recorded")
                #expect(!penalty.mandatory, "\(item.code): without gains or property there is nothing to confiscate")
                #expect(item.fact(expected) != nil, "\(item.code) records \(expected)")
            }
        }
        #expect(seen > 40)
    }

    @Test func theConditionNamesAFactTheItemRecords() throws {
        let unknown = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") {
            $0.replacingOccurrences(of: "required-when: illegal-gains", with: "required-when: takings")
        }
        let errors = DefinitionCompiler.compile(unknown).errors
        #expect(errors.map(\.message.key) == ["definition.conditionFactUnknown"])
        #expect(errors.first?.location.file.hasSuffix("320600-CF-019.yaml") == true)

        let notMoney = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") {
            $0.replacingOccurrences(of: "required-when: illegal-gains", with: "required-when: place")
        }
        #expect(DefinitionCompiler.compile(notMoney).errors.map(\.message.key) == ["definition.rangeFactNotMoney"])

        let both = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") {
            $0.replacingOccurrences(of: "required-when: illegal-gains}", with: "required-when: illegal-gains, mandatory: true}")
        }
        #expect(DefinitionCompiler.compile(both).errors.map(\.message.key) == ["definition.conditionAndMandatory"])
    }

    @Test func aPropertyListReadsAsTyped() throws {
        let list = try ConfiscatedItem.parseList("功德箱 2 个\n\n宣传册 30 本\n香炉 1").get()
        #expect(list == [ConfiscatedItem(name: "功德箱", quantity: "2", unit: "个"), ConfiscatedItem(name: "宣传册", quantity: "30", unit: "本"),
                         ConfiscatedItem(name: "香炉", quantity: "1")])
        #expect(try ConfiscatedItem.parseList(ConfiscatedItem.text(of: list)).get() == list)
        for bad in ["功德箱", "功德箱 两 个", "功德箱 0 个", "功德箱 2 个 多余"] {
            #expect((try? ConfiscatedItem.parseList(bad).get()) == nil, "\(bad)")
        }
    }
}
