import Workflow

/// What the admin is editing in `$EDITOR`: an item's definition, a document template, or a
/// year's holiday schedule.
enum EditTarget {
    case item(ItemDefinition)
    case template(path: String)
    case schedule(year: Int)

    var title: String {
        switch self {
        case let .item(item): item.code
        case let .template(path): path
        case let .schedule(year): "calendar/\(year).yaml"
        }
    }
}
