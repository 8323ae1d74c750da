import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which build of PowerDesk compiled a stored definition set: the running executable's size, time
/// and inode. A compiled set is a snapshot of this build's definition types; another build (an
/// upgrade that added a field) must compile the YAML again rather than read a form it would
/// misread, and it costs a `stat`, not a hash of a 30 MB binary.
enum CompilerIdentity {
    static let current: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown-\(ProcessInfo.processInfo.processIdentifier)" }
        return "exe-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }()
}
