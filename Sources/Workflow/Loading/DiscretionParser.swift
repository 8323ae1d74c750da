import Localization
import Yams

/// Reads a penalty item's discretion benchmark in the published model's shape.
enum DiscretionParser {
    static func parse(_ node: Node, file: String, sink: DiagnosticSink) -> DiscretionBenchmark? {
        let keys = ["violation", "basis", "statutory", "levels"]
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let violation = reader.string("violation", required: true)
        let basis = reader.string("basis", required: true)
        let statutory = reader.sequence("statutory", required: true).compactMap { statutoryPenalty($0, file: file, sink: sink) }
        let levels = reader.sequence("levels", required: true).compactMap { level($0, file: file, sink: sink) }
        guard let violation, let basis else { return nil }
        return DiscretionBenchmark(violation: violation, basis: basis, statutory: statutory, levels: levels, location: reader.location)
    }

    private static func statutoryPenalty(_ node: Node, file: String, sink: DiagnosticSink) -> StatutoryPenalty? {
        let keys = ["penalty", "mandatory", "required-when", "authority", "terms"] + ValueParsers.rangeKeys
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let kind = reader.choice("penalty", required: true, as: PenaltyKind.self)
        let mandatory = reader.bool("mandatory") ?? false
        let requiredWhen = reader.string("required-when")
        let range = ValueParsers.amountRange(reader)
        guard let kind else { return nil }
        checkAmountKeys(reader, kind: kind, range: range)
        let terms = reader.strings("terms").map(\.0)
        return StatutoryPenalty(kind: kind, range: range, mandatory: mandatory, requiredWhen: requiredWhen, location: reader.location,
                                authority: reader.string("authority"), terms: terms.isEmpty ? nil : terms)
    }

    /// A fine must carry a range and nothing else may. A range that was written but did not parse
    /// has been reported already and is not reported again as missing.
    private static func checkAmountKeys(_ reader: MappingReader, kind: PenaltyKind, range: AmountRange?) {
        let written = ValueParsers.rangeKeys.contains { reader.has($0) }
        if kind.hasAmount, !written {
            reader.sink.error(reader.location, DefinitionPhrases.fineNeedsRange())
        } else if !kind.hasAmount, written {
            reader.sink.error(reader.location, DefinitionPhrases.rangeNotAllowed(kind.rawValue))
        }
    }

    private static func level(_ node: Node, file: String, sink: DiagnosticSink) -> CircumstanceLevel? {
        let keys = ["code", "name", "circumstances", "standard", "bands", "after-action"]
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let circumstances = reader.string("circumstances", required: true)
        let standard = reader.string("standard", required: true)
        let bands = reader.sequence("bands").compactMap { band($0, file: file, sink: sink) }
        guard let code, let name, let circumstances, let standard else { return nil }
        return CircumstanceLevel(code: code, name: name, circumstances: circumstances, standard: standard, bands: bands, location: reader.location,
                                 afterAction: reader.string("after-action"))
    }

    private static func band(_ node: Node, file: String, sink: DiagnosticSink) -> DiscretionBand? {
        let keys = ["penalty"] + ValueParsers.rangeKeys
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: keys) else { return nil }
        let kind = reader.choice("penalty", required: true, as: PenaltyKind.self)
        let range = ValueParsers.amountRange(reader)
        guard let kind else { return nil }
        checkAmountKeys(reader, kind: kind, range: range)
        return DiscretionBand(kind: kind, range: range, location: reader.location)
    }
}
