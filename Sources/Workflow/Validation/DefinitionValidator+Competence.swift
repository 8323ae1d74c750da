import Localization

/// Competence (条例 Arts. 65, 72 ②, 73): a measure the article gives to another authority
/// (`authority:`) is never in a level's bands, so no proposal of the bureau can hold it.
extension DefinitionValidator {
    func validateCompetence(_ benchmark: DiscretionBenchmark) {
        for level in benchmark.levels {
            for band in level.bands {
                guard let statutory = benchmark.statutory(band.kind), let authority = statutory.authority else { continue }
                sink.error(band.location, LawThirdPhrases.authorityInBand(level.code, statutory.term, authority))
            }
        }
    }

    /// 条例 Art. 42's advance application runs back from a required date fact of the item.
    func validateApplicationLead(_ item: ItemDefinition) {
        guard let rule = item.applicationLead else { return }
        if let field = item.fact(rule.fact), field.type == .date, field.required { return }
        sink.error(item.location, LawThirdPhrases.leadFactNotDate(rule.fact))
    }
}
