/// The one catalogue of user-facing phrases, gathered from the per-area tables in `Phrases/`.
///
/// Each area keeps its phrases in an enum with an `all` list; registering the list here lets the
/// tests check every phrase (unique keys, matching placeholders in every language).
public enum Catalogue {
    public static var all: [Phrase] {
        CommonPhrases.all + DefinitionPhrases.all + EnginePhrases.all
            + IdentityPhrases.all + CalendarPhrases.all + CommandPhrases.all + StoragePhrases.all + DeskPhrases.all
            + TypesettingPhrases.all + DocumentPhrases.all + DeployPhrases.all + FeedPhrases.all
    }

    /// The placeholders (`{0}`, `{1}`, ...) a template uses, for consistency checks.
    public static func placeholders(in template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) {
                found.insert(n)
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return found
    }
}
