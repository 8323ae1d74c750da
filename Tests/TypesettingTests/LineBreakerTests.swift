import Testing
@testable import Typesetting

/// The pure line breaker, with made-up widths: CJK 1, Latin 0.5, so results are easy to reason about.
@Suite struct LineBreakerTests {
    static func widths(_ characters: [Character]) -> [Double] {
        characters.map { LineBreakRules.isWordCharacter($0) || $0 == " " ? 0.5 : 1 }
    }

    static func lines(_ text: String, width: Double, firstWidth: Double? = nil) -> [String] {
        let characters = Array(text)
        let ranges = LineBreaker.breakLines(
            characters, advances: widths(characters), firstWidth: firstWidth ?? width, width: width)
        return ranges.map { String(characters[$0]) }
    }

    @Test func closingPunctuationIsPushedOutWithTheCharacterBeforeIt() {
        let result = Self.lines("一二三四五六七八九，十", width: 9)
        #expect(result == ["一二三四五六七八", "九，十"])
    }

    @Test func openingPunctuationNeverEndsALine() {
        let result = Self.lines("一二三四五六七八《九十》", width: 9)
        #expect(result == ["一二三四五六七八", "《九十》"])
    }

    @Test func documentNumberBreaksBetweenChineseCharactersButNotInsideTheYear() {
        let text = "通民宗罚决字〔2026〕12号"
        // From 4 on, "〔2026〕" fits a line, so nothing may cut it.
        for width in stride(from: 4.0, through: 12, by: 0.5) {
            for line in Self.lines(text, width: width) {
                #expect(!line.hasPrefix("〕") && !line.hasSuffix("〔"), "width \(width): \(line)")
            }
            let joined = Self.lines(text, width: width).joined()
            #expect(joined == text)
            #expect(Self.lines(text, width: width).contains { $0.contains("2026") }, "2026 split at width \(width)")
        }
    }

    @Test func identityNumbersAndMoneyStayWhole() {
        let text = "公民身份号码32060219800101001X，罚款人民币20,000.00元整"
        for width in stride(from: 10.0, through: 20, by: 1) {
            let result = Self.lines(text, width: width)
            #expect(result.contains { $0.contains("32060219800101001X") }, "width \(width): \(result)")
            #expect(result.contains { $0.contains("20,000.00") }, "width \(width): \(result)")
        }
    }

    @Test func aRunLongerThanALineIsCutRatherThanOverflowing() {
        let result = Self.lines("ABCDEFGHIJKLMNOPQRSTUVWXYZ", width: 4)
        #expect(result.joined() == "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        #expect(result.allSatisfy { $0.count <= 8 })
    }

    @Test func dashesAndEllipsesAreNotSplit() {
        for width in stride(from: 3.0, through: 9, by: 1) {
            for line in Self.lines("一二三四——五六七……八九", width: width) {
                let dashes = line.filter { $0 == "—" }.count
                let dots = line.filter { $0 == "…" }.count
                #expect(dashes % 2 == 0 && dots % 2 == 0, "width \(width): \(line)")
            }
        }
    }

    @Test func spacesAtAWrapAreDroppedButLatinWordsStayWhole() {
        let result = Self.lines("Administrative penalty decision", width: 7)
        #expect(result == ["Administrative", "penalty", "decision"])
    }

    @Test func emptyTextIsOneEmptyLineAndNothingLoopsForever() {
        #expect(Self.lines("", width: 5) == [""])
        // Narrower than any character: one character a line, never stuck.
        #expect(Self.lines("中华人民", width: 0.2) == ["中", "华", "人", "民"])
        #expect(Self.lines("中华人民", width: 3, firstWidth: 0) == ["中", "华人民"])
    }

    /// Property check over random mixed text: punctuation rules hold, nothing is lost, no line
    /// is wider than the measure, and Latin runs are only cut when longer than a line.
    @Test func randomTextObeysEveryRule() {
        let alphabet: [Character] = Array("中华人民共和国行政处罚决定书") + Array("，。、；：？！）》”") + Array("（《“")
            + Array("0123456789X.,") + [" "]
        var generator = SeededGenerator(seed: 28)
        for _ in 0..<300 {
            let length = Int.random(in: 1...80, using: &generator)
            var characters = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "中" }
            // No double closing marks: a real text never has a run of them longer than a line.
            characters = characters.enumerated().filter { index, character in
                index == 0 || !(LineBreakRules.cannotStartLine.contains(character)
                    && LineBreakRules.cannotStartLine.contains(characters[index - 1]))
            }.map(\.element)
            let width = Double(Int.random(in: 6...20, using: &generator))
            let advances = Self.widths(characters)
            let ranges = LineBreaker.breakLines(characters, advances: advances, firstWidth: width, width: width)
            let kept = ranges.flatMap { Array(characters[$0]) }.filter { $0 != " " }
            #expect(kept == characters.filter { $0 != " " })
            for (index, range) in ranges.enumerated() {
                let line = Array(characters[range])
                let lineWidth = advances[range].reduce(0, +)
                #expect(lineWidth <= width + LineBreaker.tolerance || line.count == 1, "\(String(line))")
                if index > 0, let first = line.first {
                    #expect(!LineBreakRules.cannotStartLine.contains(first), "starts with \(first): \(String(characters))")
                }
                if index < ranges.count - 1, let last = line.last {
                    #expect(!LineBreakRules.cannotEndLine.contains(last), "ends with \(last): \(String(characters))")
                    let next = characters[range.upperBound]
                    if LineBreakRules.isWordCharacter(last) && LineBreakRules.isWordCharacter(next) {
                        // Only a run longer than the measure may be cut.
                        var run = 0
                        var cursor = range.upperBound - 1
                        while cursor >= 0, LineBreakRules.isWordCharacter(characters[cursor]) {
                            run += 1
                            cursor -= 1
                        }
                        #expect(Double(run) * 0.5 >= width - 1, "cut a short run in \(String(characters))")
                    }
                }
            }
        }
    }

    @Test func justificationFillsTheMeasureWithoutTouchingNumbers() {
        let characters = Array("罚款20,000.00元整")
        let advances = Self.widths(characters)
        let offsets = LineJustifier.offsets(characters[...], advances: advances[...], justifyTo: 10, maximumStretch: 1)
        let width = offsets[offsets.count - 1] + advances[advances.count - 1]
        #expect(abs(width - 10) < 1e-9)
        // Inside "20,000.00" every character follows its neighbour at natural width.
        for index in 3..<11 {
            #expect(abs(offsets[index] - offsets[index - 1] - advances[index - 1]) < 1e-9)
        }
        let ragged = LineJustifier.offsets(characters[...], advances: advances[...], justifyTo: 30, maximumStretch: 1)
        #expect(ragged[1] == advances[0], "too much slack leaves the line ragged")
    }
}
