import Localization

/// An action at the case's current step as one actor sees it: enabled, or disabled with the
/// reasons the desk shows greyed out beside it.
public struct AvailableAction: Sendable, Hashable {
    public let action: ActionDefinition
    public let disabledReasons: [Message]

    public var isEnabled: Bool { disabledReasons.isEmpty }
}
