import Foundation
import LMHubCore
import LMHubIngest

/// Progress and summary lines of long commands, on standard error so that standard output stays data.
enum Progress {
    static func report(_ summary: ImportSummary) {
        FileHandle.standardError.write(Data("  \(summary.rowsRead) rows, \(summary.observationsRead) observations read…\n".utf8))
    }

    static func summary(_ summary: ImportSummary, seconds: Double) {
        var lines = ["\(summary.file): \(summary.rowsRead) rows read, \(summary.observationsRead) observations: "
            + "\(summary.stored) stored, \(summary.skipped) skipped (already stored), \(summary.conflicts.count) conflicting "
            + "(stored value kept), \(summary.replaced) replaced (old values audited), \(summary.rejected.count) rows rejected "
            + String(format: "(%.1f s)", seconds)]
        if !summary.missingMarks.isEmpty {
            lines.append("read as not measured (missing-value marks such as -999): " + counts(summary.missingMarks))
        }
        if !summary.unusual.isEmpty {
            lines.append("stored but flagged unusual: " + counts(summary.unusual))
            lines += summary.unusualExamples.map { "  unusual: \($0)" }
        }
        if !summary.rowsByQC.isEmpty {
            lines.append("hours by QC flag: " + counts(summary.rowsByQC) + " (Valid and Suspect hours enter indices by default, Invalid never)")
        }
        if !summary.newStations.isEmpty {
            lines.append("new stations (zone of their local times): "
                + summary.newStations.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
        lines += summary.lookalikes.map { "likely typo: \($0)" }
        if !summary.ignoredColumns.isEmpty {
            lines.append("columns not read (no known parameter): \(summary.ignoredColumns.joined(separator: ", "))")
        }
        lines += conflictLines(summary.conflicts, file: summary.file)
        lines += summary.rejected.prefix(20).map { "rejected: \($0)" }
        if summary.rejected.count > 20 { lines.append("… and \(summary.rejected.count - 20) more rejected rows") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The conflicts that stopped an import.
    static func conflicts(_ conflicts: [ObservationConflict], file: String) {
        FileHandle.standardError.write(Data((conflictLines(conflicts, file: file).joined(separator: "\n") + "\n").utf8))
    }

    private static func conflictLines(_ conflicts: [ObservationConflict], file: String) -> [String] {
        conflicts.prefix(20).map { "\(file): conflict: \($0)" } + (conflicts.count > 20 ? ["… and \(conflicts.count - 20) more conflicts"] : [])
    }

    private static func counts(_ values: [String: Int]) -> String {
        values.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
}
