/// Tab completion of a path, as a shell does it: the directory part is kept, the last part is
/// completed to the longest prefix the directory's entries share (a directory gains its "/").
/// Pure: the entries are read by the caller.
enum PathCompletion {
    /// The directory to list for `text` ("" for the current one) and the part being completed.
    static func split(_ text: String) -> (directory: String, partial: String) {
        guard let slash = text.lastIndex(of: "/") else { return ("", text) }
        return (String(text[...slash]), String(text[text.index(after: slash)...]))
    }

    /// `entries`: the directory's names, each with whether it is a directory.
    static func complete(_ text: String, entries: [(name: String, isDirectory: Bool)]) -> (text: String, candidates: [String]) {
        let (directory, partial) = split(text)
        let matches = entries.filter { $0.name.hasPrefix(partial) && !$0.name.hasPrefix(".") }.sorted { $0.name < $1.name }
        guard let first = matches.first else { return (text, []) }
        if matches.count == 1 { return (directory + first.name + (first.isDirectory ? "/" : ""), []) }
        var common = first.name
        for match in matches.dropFirst() {
            while !match.name.hasPrefix(common) { common.removeLast() }
        }
        return (directory + common, matches.map { $0.name + ($0.isDirectory ? "/" : "") })
    }
}
