import Localization
import Yams

/// Shapes shared by the parsers: time limits, amounts and fine ranges.
enum ValueParsers {
    static func timeLimit(_ reader: MappingReader, _ key: String, required: Bool = false) -> TimeLimit? {
        guard let limit = reader.mapping(key, required: required, allowed: ["days", "unit"]) else { return nil }
        let days = limit.int("days", required: true, range: 1...3650)
        let unit = limit.choice("unit", required: true, as: DayUnit.self)
        guard let days, let unit else { return nil }
        return TimeLimit(days: days, unit: unit)
    }

    /// An amount written in yuan in a definition (integer or with up to two decimals), as fen.
    static func yuanAsFen(_ reader: MappingReader, _ key: String) -> Int64? {
        guard let text = reader.string(key) else { return nil }
        guard let money = Money.parseYuan(text) else {
            reader.sink.error(reader.locationOf(key), DefinitionPhrases.badAmount(key, text))
            return nil
        }
        return money.fen
    }

    /// A factor such as "1" (倍) or "5" (%) or "1.5", in thousandths of its unit.
    static func factor(_ text: String, perUnit: Int64) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let whole = Int64(parts[0]), whole <= 1_000_000
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, let value = Int64(digits) else { return nil }
            fraction = value * [1, 100, 10, 1][digits.count]
        }
        return (whole * 1000 + fraction) * perUnit / 1000
    }

    static let rangeKeys = ["min", "max", "multiple", "percent", "of", "undetermined", "below-max"]

    /// Reads the amount part of a statutory penalty or a band. Nil when no amount was written.
    static func amountRange(_ reader: MappingReader) -> AmountRange? {
        let hasMultiple = reader.has("multiple"), hasPercent = reader.has("percent")
        let hasFixed = reader.has("min") || reader.has("max")
        if [hasMultiple, hasPercent, hasFixed].filter({ $0 }).count > 1 {
            reader.sink.error(reader.location, DefinitionPhrases.rangeMixed())
            return nil
        }
        if hasFixed {
            let min = reader.has("min") ? yuanAsFen(reader, "min") : 0
            let max = yuanAsFen(reader, "max")
            if !reader.has("max") { reader.sink.error(reader.location, DefinitionPhrases.missingKey("max")) }
            guard let min, let max else { return nil }
            if min > max {
                reader.sink.error(reader.locationOf("min"), DefinitionPhrases.rangeInverted(Money(fen: min), Money(fen: max)))
                return nil
            }
            if reader.has("of") || reader.has("undetermined") {
                reader.sink.error(reader.locationOf(reader.has("of") ? "of" : "undetermined"), DefinitionPhrases.rangeOfOnlyForFactor())
            }
            return AmountRange(basis: .fixed, fact: nil, min: min, max: max, undetermined: nil, belowMax: reader.bool("below-max") ?? false)
        }
        guard hasMultiple || hasPercent else { return nil }
        let key = hasMultiple ? "multiple" : "percent"
        let words = reader.strings(key)
        let bounds = words.compactMap { factor($0.0, perUnit: hasMultiple ? 1000 : 10) }
        guard words.count == 2, bounds.count == 2 else {
            reader.sink.error(reader.locationOf(key), DefinitionPhrases.rangeFactorShape(key))
            return nil
        }
        if bounds[0] > bounds[1] {
            reader.sink.error(reader.locationOf(key), DefinitionPhrases.rangeInverted(words[0].0, words[1].0))
            return nil
        }
        guard let fact = reader.string("of") else {
            reader.sink.error(reader.locationOf(key), DefinitionPhrases.rangeNeedsFact(key))
            return nil
        }
        var undetermined: ClosedRange<Int64>?
        if let fallback = reader.mapping("undetermined", allowed: ["min", "max", "below-max"]) {
            let low = fallback.has("min") ? yuanAsFen(fallback, "min") : 0
            let high = yuanAsFen(fallback, "max")
            if !fallback.has("max") { fallback.sink.error(fallback.location, DefinitionPhrases.missingKey("max")) }
            // "不满": the bound itself is excluded; in fen that is one fen less.
            if let low, let written = high {
                let high = written - ((fallback.bool("below-max") ?? false) ? 1 : 0)
                if low <= high {
                    undetermined = low...high
                } else {
                    fallback.sink.error(fallback.location, DefinitionPhrases.rangeInverted(Money(fen: low), Money(fen: high)))
                }
            }
        }
        return AmountRange(basis: hasMultiple ? .multiple : .percent, fact: fact, min: bounds[0], max: bounds[1], undetermined: undetermined,
                           belowMax: reader.bool("below-max") ?? false)
    }
}
