import Foundation
import LMHubIngest

/// Progress and summary lines of long commands, on standard error so that standard output stays data.
enum Progress {
    static func report(_ summary: ImportSummary) {
        FileHandle.standardError.write(Data("  \(summary.rowsRead) rows, \(summary.observationsRead) observations read…\n".utf8))
    }

    static func summary(_ summary: ImportSummary, seconds: Double) {
        var lines = ["\(summary.file): \(summary.rowsRead) rows read, \(summary.observationsRead) observations: "
            + "\(summary.stored) stored, \(summary.skipped) skipped (already stored), \(summary.conflicts.count) conflicting "
            + "(stored value kept), \(summary.rejected.count) rows rejected "
            + String(format: "(%.1f s)", seconds)]
        if !summary.ignoredColumns.isEmpty {
            lines.append("columns not read (no known parameter): \(summary.ignoredColumns.joined(separator: ", "))")
        }
        lines += summary.conflicts.prefix(20).map { "conflict: \($0)" }
        if summary.conflicts.count > 20 { lines.append("… and \(summary.conflicts.count - 20) more conflicts") }
        lines += summary.rejected.prefix(20).map { "rejected: \($0)" }
        if summary.rejected.count > 20 { lines.append("… and \(summary.rejected.count - 20) more rejected rows") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
