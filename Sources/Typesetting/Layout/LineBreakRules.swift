import Localization

/// Where a line may end. Chinese rules (禁则): closing punctuation never starts a line, opening
/// punctuation never ends one, "——" and "……" are not split. Runs of Latin letters and digits
/// (an ID number, "20,000.00", the "2026" of a document number) are not split either.
enum LineBreakRules {
    /// The table shared with the terminal's wrapping (Localization's `LineBreakTable`).
    static let cannotStartLine = LineBreakTable.cannotStartLine
    static let cannotEndLine = LineBreakTable.cannotEndLine
    static let unsplittablePairs = LineBreakTable.unsplittablePairs

    /// Breakable space: the line may end at it and it is dropped there.
    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{3000}"
    }

    /// Latin-script and ASCII characters (below U+2000, not a breakable space): runs of them are
    /// words, numbers and codes that must stay whole.
    static func isWordCharacter(_ character: Character) -> Bool {
        guard !isSpace(character), let first = character.unicodeScalars.first else { return false }
        return first.value < 0x2000
    }

    /// Whether a line may end before `characters[index]`. At spaces (which vanish at a wrap)
    /// the rules apply to the visible characters on either side of them. `relaxed` drops the
    /// rule against cutting a Latin run, for a run longer than a whole line.
    static func canBreak(_ characters: [Character], at index: Int, relaxed: Bool = false) -> Bool {
        guard index > 0, index < characters.count else { return true }
        let before = characters[index - 1]
        let after = characters[index]
        if isSpace(before) || isSpace(after) {
            var previous = index - 1
            while previous >= 0, isSpace(characters[previous]) { previous -= 1 }
            var next = index
            while next < characters.count, isSpace(characters[next]) { next += 1 }
            guard previous >= 0, next < characters.count else { return true }
            return !cannotEndLine.contains(characters[previous]) && !cannotStartLine.contains(characters[next])
        }
        if !relaxed && isWordCharacter(before) && isWordCharacter(after) { return false }
        if cannotStartLine.contains(after) || cannotEndLine.contains(before) { return false }
        if before == after && unsplittablePairs.contains(before) { return false }
        return true
    }

    /// Whether justification may widen the gap between two characters: not inside a word or number.
    static func canStretch(_ before: Character, _ after: Character) -> Bool {
        !(isWordCharacter(before) && isWordCharacter(after))
    }
}
