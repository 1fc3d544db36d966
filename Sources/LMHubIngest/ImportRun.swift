import LMHubCore

/// What an import did, for the summary line and the reject report.
public struct ImportSummary: Sendable, Hashable {
    public var file: String
    /// Data rows read (the header not counted).
    public var rowsRead = 0
    /// Observations read from those rows (a wide row holds several).
    public var observationsRead = 0
    /// Observations new to the store.
    public var stored = 0
    /// Observations already stored under the same datastream and time with a different value: kept as stored.
    public var conflicts: [ObservationConflict] = []
    /// Observations the store already had with the same value: re-importing a file skips them all.
    public var skipped: Int { observationsRead - stored - conflicts.count - replaced }
    /// Rows left out with `skipInvalid`, each with its error.
    public var rejected: [IngestError] = []
    /// Header columns that name no parameter.
    public var ignoredColumns: [String] = []
    /// Values stored but flagged unusual (``PlausibleRanges``), by parameter, and the first few reasons.
    public var unusual: [String: Int] = [:]
    public var unusualExamples: [String] = []
    /// Cells read as "not measured" because they held a missing mark (`-999`, `--missing`), by field.
    public var missingMarks: [String: Int] = [:]
    /// Rows by the monitor's quality flag (air files).
    public var rowsByQC: [String: Int] = [:]
    /// Stored values replaced by the file's (`--on-conflict replace`), kept in the audit.
    public var replaced = 0
    /// New station ids that look like existing ones: likely typos.
    public var lookalikes: [Lookalike] = []
    /// Stations the import created, by id, with their zone.
    public var newStations: [String: String] = [:]

    public init(file: String) {
        self.file = file
    }

    /// This summary with what the store reported of the import.
    public func with(_ outcome: ImportOutcome) -> ImportSummary {
        var summary = self
        summary.stored = outcome.stored
        summary.conflicts = outcome.conflicts
        summary.replaced = outcome.replaced
        summary.lookalikes = outcome.lookalikes
        summary.newStations = outcome.newStations
        return summary
    }
}

/// Reads every row of a file into a sink.
public enum ImportRun {
    /// Records handed to the sink at a time: one call a row was a tenth of a fast import.
    static let recordsPerWrite = 512

    /// Copies the observations of `reader` into `sink`, calling `progress` every `progressEvery` rows.
    /// - Parameter skipInvalid: `false` (the default): the first bad row throws, and the caller's transaction
    ///   stores nothing. `true`: bad rows are collected in ``ImportSummary/rejected`` and the rest is stored.
    ///   A structural CSV error (unclosed quote) always throws: the rows after it cannot be trusted.
    /// - Returns: the summary; ``ImportSummary/stored`` and the conflicts are left for the store to fill in
    ///   (``ImportSummary/with(_:)``).
    public static func run<Reader: ObservationReader>(
        _ reader: inout Reader, into sink: some ObservationSink, skipInvalid: Bool = false,
        progressEvery: Int = 100_000, progress: (ImportSummary) -> Void = { _ in }
    ) async throws -> ImportSummary {
        var summary = ImportSummary(file: reader.file)
        summary.ignoredColumns = reader.ignoredColumns
        var buffer: [ObservationRecord] = []
        while true {
            let next: [ObservationRecord]?
            do {
                next = try reader.nextRow()
            } catch {
                guard skipInvalid, error.line > 0, !error.isStructural else { throw error }
                summary.rowsRead += 1
                summary.rejected.append(error)
                continue
            }
            guard let row = next else { break }
            summary.rowsRead += 1
            summary.observationsRead += row.count
            for record in row {
                guard let reason = record.unusual else { continue }
                summary.unusual[record.parameter.code, default: 0] += 1
                if summary.unusualExamples.count < 5 { summary.unusualExamples.append("line \(record.line): \(record.station) \(reason)") }
            }
            buffer.append(contentsOf: row)
            if buffer.count >= Self.recordsPerWrite {
                try await sink.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            if summary.rowsRead % progressEvery == 0 { progress(summary) }
        }
        try await sink.write(buffer)
        summary.missingMarks = reader.missingMarks
        summary.rowsByQC = reader.rowsByQC
        return summary
    }
}
