import Foundation
import Localization
import Yams

/// Reads the evaluation formula file and reports every problem at its line and column, like the
/// flow definitions: unknown keys, a measure in the wrong form, points not adding up to 100,
/// a missing dimension or grade, thresholds out of order.
public enum EvaluationFormulaParser {
    public static let ruleKeys = ["measure", "points", "full-at", "zero-at", "deduct", "basis"]

    /// The formula, or nil and the problems (sorted by position).
    public static func parse(_ source: SourceFile) -> (formula: EvaluationFormula?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let formula = read(source, sink)
        return (sink.hasErrors ? nil : formula, sink.sorted)
    }

    static func read(_ source: SourceFile, _ sink: DiagnosticSink) -> EvaluationFormula? {
        guard let node = YAMLDocument.parse(source, into: sink),
              let top = MappingReader(node, file: source.path, sink: sink, allowed: ["evaluation"]),
              let body = top.mapping("evaluation", required: true, allowed: ["name", "basis", "rules", "grades"])
        else { return nil }
        let name = body.string("name", required: true)
        let basis = body.string("basis", required: true)
        var rules: [EvaluationRule] = []
        var seen: [EvaluationMeasure: Int] = [:]
        for ruleNode in body.sequence("rules", required: true) {
            guard let reader = MappingReader(ruleNode, file: source.path, sink: sink, allowed: ruleKeys) else { continue }
            let at = reader.location
            guard let rule = self.rule(reader, sink) else { continue }
            if let line = seen[rule.measure] {
                sink.error(reader.locationOf("measure"), ComplaintPhrases.formulaDuplicateMeasure(rule.measure.rawValue, line))
                continue
            }
            seen[rule.measure] = at.line
            rules.append(rule)
        }
        let rulesAt = body.locationOf("rules")
        if !rules.isEmpty {
            let sum = rules.reduce(0) { $0 + $1.points }
            if abs(sum - 100) > 0.000_001 { sink.error(rulesAt, ComplaintPhrases.formulaPointsSum(format(sum))) }
            for dimension in EvaluationDimension.allCases where !rules.contains(where: { $0.measure.dimension == dimension }) {
                sink.error(rulesAt, ComplaintPhrases.formulaDimensionMissing(dimension.rawValue))
            }
        }
        let grades = self.grades(body, source.path, sink)
        guard let name, let basis, let grades else { return nil }
        return EvaluationFormula(name: name, basis: basis, rules: rules, grades: grades)
    }

    static func rule(_ reader: MappingReader, _ sink: DiagnosticSink) -> EvaluationRule? {
        let measure = reader.choice("measure", required: true, as: EvaluationMeasure.self)
        let points = number(reader, "points", required: true, range: 0.01...100)
        let basis = reader.string("basis", required: true)
        let full = number(reader, "full-at", range: 0...1)
        let zero = number(reader, "zero-at", range: 0...1)
        let deduct = number(reader, "deduct", range: 0.01...100)
        guard let measure else { return nil }
        var scoring: EvaluationRule.Scoring?
        if measure.isRate {
            if reader.has("deduct") || !reader.has("full-at") || !reader.has("zero-at") {
                sink.error(reader.locationOf("measure"), ComplaintPhrases.formulaRateNeedsLevels(measure.rawValue))
            } else if let full, let zero {
                if full > zero {
                    scoring = .rate(full: full, zero: zero)
                } else {
                    sink.error(reader.locationOf("full-at"), ComplaintPhrases.formulaLevelsOrder(format(full), format(zero)))
                }
            }
        } else {
            if !reader.has("deduct") || reader.has("full-at") || reader.has("zero-at") {
                sink.error(reader.locationOf("measure"), ComplaintPhrases.formulaCountNeedsDeduct(measure.rawValue))
            } else if let deduct {
                scoring = .deduct(per: deduct)
            }
        }
        guard let points, let basis, let scoring else { return nil }
        return EvaluationRule(measure: measure, points: points, scoring: scoring, basis: basis)
    }

    static func grades(_ body: MappingReader, _ file: String, _ sink: DiagnosticSink) -> [EvaluationThreshold]? {
        guard body.has("grades") else {
            _ = body.node("grades", required: true)
            return nil
        }
        var found: [EvaluationGrade: Double] = [:]
        var ok = true
        for (key, value, at) in body.entries("grades") {
            guard let grade = EvaluationGrade(rawValue: key) else {
                sink.error(at, ComplaintPhrases.formulaGradeUnknown(key))
                ok = false
                continue
            }
            let text = value.scalar?.string ?? ""
            guard let from = Double(text), from.isFinite, (0...100).contains(from) else {
                sink.error(MappingReader.location(of: value, file: file), ComplaintPhrases.formulaNotNumber(key, text, 0, 100))
                ok = false
                continue
            }
            found[grade] = from
        }
        for grade in EvaluationGrade.allCases where found[grade] == nil && ok {
            sink.error(body.locationOf("grades"), ComplaintPhrases.formulaGradeMissing(grade.rawValue))
            ok = false
        }
        guard ok else { return nil }
        let thresholds = EvaluationGrade.allCases.compactMap { grade in found[grade].map { EvaluationThreshold(grade: grade, from: $0) } }
        let falling = zip(thresholds, thresholds.dropFirst()).allSatisfy { $0.from > $1.from }
        if !falling || thresholds.last?.from != 0 {
            sink.error(body.locationOf("grades"), ComplaintPhrases.formulaGradeOrder(thresholds.map { "\($0.grade.rawValue) \(format($0.from))" }.joined(separator: "、")))
            return nil
        }
        return thresholds
    }

    /// A decimal number in a range, reported at its place when it is not one.
    static func number(_ reader: MappingReader, _ key: String, required: Bool = false, range: ClosedRange<Double>) -> Double? {
        guard let text = reader.string(key, required: required) else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            reader.sink.error(reader.locationOf(key), ComplaintPhrases.formulaNotNumber(key, text, format(range.lowerBound), format(range.upperBound)))
            return nil
        }
        return value
    }

    /// A number as people write it: no trailing ".0".
    public static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
