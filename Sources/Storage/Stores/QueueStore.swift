/// The queue as the desk pages through it.
public protocol QueueStore: Sendable {
    func count(_ filter: QueueFilter) throws -> Int
    func page(_ filter: QueueFilter, offset: Int, limit: Int, after anchor: QueueAnchor?) throws -> [QueueRow]
    func position(of caseID: String, in filter: QueueFilter) throws -> Int?
}

extension QueueStore {
    public func page(_ filter: QueueFilter, offset: Int, limit: Int) throws -> [QueueRow] {
        try page(filter, offset: offset, limit: limit, after: nil)
    }
}
