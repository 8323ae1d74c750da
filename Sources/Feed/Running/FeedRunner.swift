import Foundation
import Localization
import Storage

/// Delivers the outbox to one target: from the target's own cursor, batch by batch, parked
/// records tried again first. A fault that may pass (connection lost, timeout, server restarting)
/// is tried again within the run after 1 s, 2 s, 4 s...; what is still failing is recorded for
/// `feed status`, and the next run (the hourly timer) starts over from the target's cursor.
public struct FeedRunner {
    let ledger: FeedLedger
    let say: (Message) -> Void
    let pause: (TimeInterval) -> Void

    public init(ledger: FeedLedger, say: @escaping (Message) -> Void, pause: @escaping (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.ledger = ledger
        self.say = say
        self.pause = pause
    }

    public func run(_ target: any FeedTarget, config: FeedTargetConfig) -> FeedRunReport {
        let started = Date()
        var attempt = 1
        var delivered: Int64?
        var count = 0
        var newlyParked: [ParkedEntry] = []
        var unparked: [Int64] = []
        while true {
            do {
                let cursor = try target.open()
                delivered = cursor.delivered
                let head = try ledger.head()
                guard cursor.delivered <= head else {
                    throw FeedError(FeedPhrases.outboxBehindTarget(cursor.delivered, head), retryable: false)
                }
                var position = cursor.delivered
                var parked = cursor.parked
                try ledger.setParked(target.name, parked.map { (seq: $0.seq, reason: $0.reason) })
                var retry = try ledger.records(parked.map(\.seq))
                while true {
                    let records = try ledger.records(after: position, limit: config.batch)
                    if records.isEmpty, retry.isEmpty { break }
                    let next = try target.deliver(records, after: position, retrying: retry, auditHead: try ledger.auditHead())
                    count += records.count
                    let before = Set(parked.map(\.seq))
                    let after = Set(next.parked.map(\.seq))
                    for entry in next.parked where !before.contains(entry.seq) {
                        newlyParked.append(entry)
                        say(FeedPhrases.parked(target.name, entry.seq, entry.reason))
                    }
                    for seq in before.subtracting(after).sorted() {
                        unparked.append(seq)
                        say(FeedPhrases.unparked(target.name, seq))
                    }
                    parked = next.parked
                    retry = []
                    position = next.delivered
                    delivered = position
                    try ledger.setParked(target.name, parked.map { (seq: $0.seq, reason: $0.reason) })
                }
                try ledger.delivered(target.name, through: position)
                target.close()
                return FeedRunReport(target: target.name, deliveredThrough: position, records: count, seconds: Date().timeIntervalSince(started),
                                     parked: newlyParked, unparked: unparked, error: nil)
            } catch {
                target.close()
                let fault = (error as? FeedError) ?? FeedError(FeedPhrases.targetError(target.name, "\(error)"), retryable: false)
                if fault.retryable, attempt < config.attempts {
                    let wait = Double(1 << (attempt - 1))
                    say(FeedPhrases.retrying(target.name, fault.message, Int(wait), attempt + 1))
                    pause(wait)
                    attempt += 1
                    continue
                }
                try? ledger.failed(target.name, error: fault.message.text(.zh), deliveredThrough: delivered)
                return FeedRunReport(target: target.name, deliveredThrough: delivered, records: count, seconds: Date().timeIntervalSince(started),
                                     parked: newlyParked, unparked: unparked, error: fault)
            }
        }
    }

    /// The target a configuration names.
    public static func target(_ config: FeedTargetConfig) -> any FeedTarget {
        switch config.kind {
        case .postgres: PostgresTarget(config)
        case .directory: DirectoryTarget(config)
        }
    }
}
