/// Options every command takes (`GlobalOptions`: `--lang`, `--db`, `--flows`, `--calendar`) typed
/// before the command's name, as `git -C DIR status` allows: `powerdesk --lang en doc list X`.
/// ArgumentParser reads what precedes a name as the default command's (the desk's) arguments, so
/// such leading options are moved after the command's own, before any `--`.
enum LeadingOptions {
    static let names: Set<String> = ["--lang", "--db", "--flows", "--calendar"]

    static func reordered(_ arguments: [String], commands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard names.contains(name) else { break }
            if argument.contains("=") {
                leading.append(argument)
                index += 1
            } else if index + 1 < arguments.count {
                leading += arguments[index...(index + 1)]
                index += 2
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, commands.contains(arguments[index]) else { return arguments }
        var rest = Array(arguments[index...])
        rest.insert(contentsOf: leading, at: rest.firstIndex(of: "--") ?? rest.count)
        return rest
    }
}
