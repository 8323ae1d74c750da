import Localization
import Mustache
import Workflow

/// Checks the document templates of a definition set, every problem in one pass and each at its
/// `file:line:column`, like the flow validator: syntax, fields that do not exist, lines without a
/// layout mark, shared parts that are missing, and document types without a template.
public enum TemplateChecker {
    public static func check(_ set: DefinitionSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let stepCodes = Set(set.procedures.values.flatMap { $0.steps.map(\.code) })
        let actionCodes = Set(set.procedures.values.flatMap { $0.steps.flatMap { $0.actions.map(\.code) } })
        var included: Set<String> = []
        for (_, source) in set.templates.sorted(by: { $0.key < $1.key }) {
            diagnostics += syntax(source)
            let tags = TemplateTags.scan(source.text)
            for tag in tags {
                let location = SourceLocation(file: source.path, line: tag.line, column: tag.column)
                switch tag.kind {
                case .partial:
                    included.insert(tag.name)
                    if set.templates[tag.name] == nil {
                        diagnostics.append(Diagnostic(location, DocumentPhrases.templateUnknownPartial(tag.name)))
                    }
                case .name:
                    if let unknown = unknownComponent(tag.name, steps: stepCodes, actions: actionCodes) {
                        diagnostics.append(Diagnostic(location, DocumentPhrases.templateUnknownTag(unknown)))
                    }
                case .other:
                    break
                }
            }
            diagnostics += lines(source)
        }
        for type in set.bureau.documents where set.templates[type.code] == nil {
            diagnostics.append(Diagnostic(set.bureau.location, DocumentPhrases.templateMissing(type.name, type.code)))
        }
        let typeCodes = Set(set.bureau.documents.map(\.code))
        for (name, source) in set.templates where !typeCodes.contains(name) && !included.contains(name) {
            diagnostics.append(Diagnostic(SourceLocation(file: source.path, line: 1, column: 1), DocumentPhrases.templateUnused(name), severity: .warning))
        }
        return diagnostics.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
    }

    static func syntax(_ source: SourceFile) -> [Diagnostic] {
        do {
            _ = try MustacheTemplate(string: source.text)
            return []
        } catch let error as MustacheTemplate.ParserError {
            let location = SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)
            return [Diagnostic(location, DocumentPhrases.templateSyntax("\(error.error)"))]
        } catch {
            return [Diagnostic(SourceLocation(file: source.path, line: 1, column: 1), DocumentPhrases.templateSyntax("\(error)"))]
        }
    }

    /// The first part of a dotted name that no document offers; nil when all are known.
    static func unknownComponent(_ name: String, steps: Set<String>, actions: Set<String>) -> String? {
        if name == "." { return nil }
        let parts = name.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            if index > 0 && parts[index - 1] == "steps" && steps.contains(part) { continue }
            if index > 0 && parts[index - 1] == "actions" && actions.contains(part) { continue }
            if !DocumentContext.vocabulary.contains(part) { return name }
        }
        return nil
    }

    /// Every line must carry a layout mark, unless it holds only standalone section, comment or
    /// partial tags, which Mustache removes with their line.
    static func lines(_ source: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = line.hasSuffix("\r") ? line.dropLast() : line
            if MarkupLine.isMarkup(body) || TemplateTags.isStandalone(body) { continue }
            diagnostics.append(Diagnostic(SourceLocation(file: source.path, line: index + 1, column: 1), DocumentPhrases.templateLineWithoutPrefix()))
        }
        return diagnostics
    }
}
