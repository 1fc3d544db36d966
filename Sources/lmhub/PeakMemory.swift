import Foundation

/// Peak resident set size of this process from `getrusage` (Linux reports `ru_maxrss` in KiB), MiB.
enum PeakMemory {
    static var ownMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
