import Workflow

/// What the admin is editing in `$EDITOR`: an item's definition or a year's holiday schedule.
enum EditTarget {
    case item(ItemDefinition)
    case schedule(year: Int)

    var title: String {
        switch self {
        case let .item(item): item.code
        case let .schedule(year): "calendar/\(year).yaml"
        }
    }
}
