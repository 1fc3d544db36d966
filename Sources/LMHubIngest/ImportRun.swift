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
    public var skipped: Int { observationsRead - stored - conflicts.count }
    /// Rows left out with `skipInvalid`, each with its error.
    public var rejected: [IngestError] = []
    /// Header columns that name no parameter.
    public var ignoredColumns: [String] = []

    public init(file: String) {
        self.file = file
    }

    /// This summary with what the store reported of the import.
    public func with(_ outcome: ImportOutcome) -> ImportSummary {
        var summary = self
        summary.stored = outcome.stored
        summary.conflicts = outcome.conflicts
        return summary
    }
}

/// Reads every row of a file into a sink.
public enum ImportRun {
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
            try await sink.write(row)
            if summary.rowsRead % progressEvery == 0 { progress(summary) }
        }
        return summary
    }
}
