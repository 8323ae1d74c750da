import Foundation
import Workflow

/// Scans and evidence files, stored once per content.
public protocol AttachmentStore: Sendable {
    var maximumBytes: Int { get }
    @discardableResult
    func attach(_ data: Data, name: String, material: String, evidence: Bool, to caseID: String, by actor: Actor) throws -> AttachmentResult
    @discardableResult
    func attach(_ data: Data, name: String, material: String, to caseID: String, by actor: Actor) throws -> String
    func files(_ caseID: String) throws -> [AttachedFile]
    func data(_ sha256: String) throws -> Data?
}
