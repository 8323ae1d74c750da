extension DefinitionSet {
    /// The procedures of an item a holder of these posts may open, the item's default first.
    public func procedures(of item: ItemDefinition, openableBy posts: Set<String>) -> [ProcedureDefinition] {
        item.procedures.compactMap { procedures[$0] }.filter { $0.mayBeOpened(by: posts) }
    }

    /// The items on which a holder of these posts may open a case.
    public func itemsOpenable(by posts: Set<String>) -> [ItemDefinition] {
        items.filter { !procedures(of: $0, openableBy: posts).isEmpty }
    }
}
