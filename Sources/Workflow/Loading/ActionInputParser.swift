import Yams

/// Reads an action's `inputs:` list: `{code, name, type, required, choices, recuse-from, basis}`.
enum ActionInputParser {
    static let keys = ["code", "name", "type", "required", "choices", "recuse-from", "basis"]

    static func inputs(_ reader: MappingReader) -> [ActionInput] {
        reader.sequence("inputs").compactMap { node in
            guard let input = MappingReader(node, file: reader.file, sink: reader.sink, allowed: keys) else { return nil }
            let code = input.string("code", required: true)
            let name = input.string("name", required: true)
            let type = input.choice("type", required: true, as: ActionInputType.self)
            guard let code, let name, let type else { return nil }
            return ActionInput(
                code: code, name: name, type: type, required: input.bool("required") ?? false,
                choices: input.strings("choices").map(\.0), recuseFrom: input.strings("recuse-from").map(\.0),
                basis: input.string("basis")
            )
        }
    }
}
