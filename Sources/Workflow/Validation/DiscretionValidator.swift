import Localization

/// The rules a discretion benchmark must keep (R4, R13): every band inside the statutory range,
/// bands of one penalty not overlapping across levels, ranges based on facts the item records.
struct DiscretionValidator {
    let item: ItemDefinition
    let sink: DiagnosticSink
    /// A version stored before touching bands were refused (issue 12) still loads, warned.
    var stored = false

    func validate(_ benchmark: DiscretionBenchmark) {
        var statutory: [PenaltyKind: StatutoryPenalty] = [:]
        for penalty in benchmark.statutory {
            if statutory[penalty.kind] != nil {
                sink.error(penalty.location, DefinitionPhrases.duplicateCode("statutory", penalty.kind.rawValue))
            } else {
                statutory[penalty.kind] = penalty
            }
            checkBase(penalty.range, at: penalty.location)
            checkCondition(penalty)
        }
        if benchmark.levels.isEmpty { sink.error(benchmark.location, DefinitionPhrases.emptyValue("levels")) }
        var levelCodes = Set<String>()
        for level in benchmark.levels {
            if !levelCodes.insert(level.code).inserted {
                sink.error(level.location, DefinitionPhrases.duplicateCode("levels", level.code))
            }
            for band in level.bands {
                guard let law = statutory[band.kind] else {
                    sink.error(band.location, DefinitionPhrases.bandKindNotStatutory(band.kind.rawValue))
                    continue
                }
                checkBase(band.range, at: band.location)
                if let inner = band.range, let outer = law.range, !inner.isInside(outer) {
                    sink.error(band.location, DefinitionPhrases.bandOutsideStatutory(level.code, band.kind.rawValue))
                }
            }
        }
        checkOverlaps(benchmark.levels)
    }

    /// A multiple or percentage must rest on a money fact the item records.
    private func checkBase(_ range: AmountRange?, at location: SourceLocation) {
        if let fact = range?.fact {
            if let field = item.fact(fact) {
                if field.type != .money { sink.error(location, DefinitionPhrases.rangeFactNotMoney(fact)) }
            } else {
                sink.error(location, DefinitionPhrases.rangeFactUnknown(fact))
            }
        }
    }

    /// "有违法所得的，没收": the condition names a fact the item records; the gains confiscated are
    /// an amount, so their fact is money.
    private func checkCondition(_ penalty: StatutoryPenalty) {
        guard let fact = penalty.requiredWhen else { return }
        guard let field = item.fact(fact) else {
            sink.error(penalty.location, DefinitionPhrases.conditionFactUnknown(fact))
            return
        }
        if penalty.kind == .confiscateGains, field.type != .money {
            sink.error(penalty.location, DefinitionPhrases.rangeFactNotMoney(fact))
        }
        if penalty.mandatory { sink.error(penalty.location, DefinitionPhrases.conditionAndMandatory(penalty.kind.rawValue)) }
    }

    /// Bands of the same penalty on different levels never share an amount: a lower level ends
    /// "不满" the next one's minimum (`below-max`), so touching bounds are refused too. Bands of
    /// 0 to 0 (no fine while the gains are known, Art. 69) are exempt; their `undetermined`
    /// ranges are checked like any other.
    private func checkOverlaps(_ levels: [CircumstanceLevel]) {
        var byKind: [PenaltyKind: [(CircumstanceLevel, DiscretionBand, AmountRange)]] = [:]
        for level in levels {
            for band in level.bands {
                if let range = band.range { byKind[band.kind, default: []].append((level, band, range)) }
            }
        }
        for entries in byKind.values {
            for (i, a) in entries.enumerated() {
                for b in entries[(i + 1)...] where a.2.basis == b.2.basis && Self.share(a.2, b.2) {
                    let message = LawServicePhrases.bandsTouch(b.0.code, a.0.code)
                    if stored { sink.warning(b.1.location, message) } else { sink.error(b.1.location, message) }
                }
            }
        }
    }

    /// Two ranges on one basis have an amount in common, counting each bound as written.
    static func share(_ a: AmountRange, _ b: AmountRange) -> Bool {
        let zero = a.max == 0 && b.max == 0
        let main = !zero && b.admitsUpTo(a.min) && a.admitsUpTo(b.min)
        guard let x = a.undetermined, let y = b.undetermined else { return main }
        return main || x.overlaps(y)
    }
}
