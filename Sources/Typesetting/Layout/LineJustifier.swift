/// Places the characters of one line, optionally spread to the full measure. The slack goes into
/// the gaps between Chinese characters and at spaces, never inside a number or word; a line that
/// would need gaps wider than `maximumStretch` is left ragged instead of looking torn apart.
enum LineJustifier {
    static func offsets(
        _ characters: ArraySlice<Character>, advances: ArraySlice<Double>, justifyTo width: Double?, maximumStretch: Double
    ) -> [Double] {
        let chars = Array(characters)
        let widths = Array(advances)
        let natural = widths.reduce(0, +)
        var extra = 0.0
        var stretchable: [Bool] = Array(repeating: false, count: chars.count)
        if let width, chars.count > 1 {
            var gaps = 0
            for index in 1..<chars.count where LineBreakRules.canStretch(chars[index - 1], chars[index]) {
                stretchable[index] = true
                gaps += 1
            }
            let slack = width - natural
            if gaps > 0, slack > 0 {
                let perGap = slack / Double(gaps)
                if perGap <= maximumStretch { extra = perGap }
            }
        }
        var result: [Double] = []
        result.reserveCapacity(chars.count)
        var x = 0.0
        for index in 0..<chars.count {
            if stretchable[index] { x += extra }
            result.append(x)
            x += widths[index]
        }
        return result
    }
}
