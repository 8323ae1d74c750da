import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing helpers: wall time from the monotonic clock, CPU time of the whole process (every
/// thread, so work GRDB runs on its writer queue is counted).
enum Measure {
    static func wallSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func monotonicNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` `runs` times and prints the median and p99 in milliseconds.
    static func repeated(_ label: String, runs: Int, _ body: () -> Void) {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = wallSeconds()
            body()
            samples.append((wallSeconds() - start) * 1000)
        }
        samples.sort()
        print(String(format: "%-58@ median %8.3f ms   p99 %8.3f ms   (n=%d)", label as NSString, percentile(samples, 0.5), percentile(samples, 0.99), runs))
    }

    /// The value below which `fraction` of the sorted samples lie.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
