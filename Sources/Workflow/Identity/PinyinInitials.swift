import Foundation
import Synchronization

/// The initials of a Chinese name in pinyin, as office software searches (大型宗教活动 → dxzjhd):
/// each Han character gives the first letter of its reading (ICU's Han-Latin transform, which
/// Foundation carries), Latin letters and digits stay as they are, lower-cased, and the rest is
/// left out.
public enum PinyinInitials {
    public static func of(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isASCII {
                if character.isLetter || character.isNumber { out += character.lowercased() }
                continue
            }
            guard character.unicodeScalars.first.map({ $0.properties.isIdeographic }) == true, let initial = initial(of: character) else { continue }
            out.append(initial)
        }
        return out
    }

    /// Each transform call opens and compiles an ICU transliterator (a measured 3.5% of an
    /// opening's CPU), so each character's initial is worked out once per process.
    private static let initials = Mutex<[Character: Character]>([:])

    private static func initial(of character: Character) -> Character? {
        if let known = initials.withLock({ $0[character] }) { return known }
        guard let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
                  .applyingTransform(.stripDiacritics, reverse: false),
              let first = latin.first(where: { $0.isASCII && $0.isLetter }).map({ Character($0.lowercased()) })
        else { return nil }
        initials.withLock { $0[character] = first }
        return first
    }

    /// Whether `query` looks like initials someone typed: two or more ASCII letters only.
    public static func isQuery(_ query: String) -> Bool {
        query.count >= 2 && query.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
