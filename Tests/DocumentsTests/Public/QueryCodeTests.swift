import Documents
import Testing

@Suite struct QueryCodeTests {
    struct Counter: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func codesAreSixteenDigitsPrintedInFours() {
        var generator = Counter(state: 7)
        for _ in 0..<200 {
            let code = QueryCode.random(using: &generator)
            #expect(code.digits.count == 16)
            #expect(code.digits.allSatisfy { $0.isNumber })
            #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4, 4])
            #expect(QueryCode(code.description) == code)
        }
    }

    @Test func codesDoNotRepeatAcrossManyDraws() {
        let codes = Set((0..<10_000).map { _ in QueryCode.random().digits })
        #expect(codes.count == 10_000)
    }

    @Test(arguments: ["1234 5678 9012 3456", "1234-5678-9012-3456", "1234567890123456"])
    func typedFormsAreAccepted(_ typed: String) {
        #expect(QueryCode(typed)?.digits == "1234567890123456")
    }

    @Test(arguments: ["", "123456789012345", "12345678901234567", "1234-5678-9012-345a", "１２３４５６７８９０１２３４５６", "0000-0000-0000-000\u{0663}"])
    func anythingElseIsRefused(_ typed: String) {
        #expect(QueryCode(typed) == nil)
    }
}
