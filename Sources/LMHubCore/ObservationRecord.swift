import Foundation

/// One observation read from a file, ready to store: the value as reported and in the parameter's
/// canonical unit, with the line it came from.
public struct ObservationRecord: Sendable, Hashable {
    public init(
        station: String, parameter: Parameter, time: Date, dayAssumed: Bool, reported: MeasuredValue,
        canonicalValue: Double, line: Int, qc: QCFlag? = nil, unusual: String? = nil
    ) {
        self.station = station
        self.parameter = parameter
        self.time = time
        self.dayAssumed = dayAssumed
        self.reported = reported
        self.canonicalValue = canonicalValue
        self.line = line
        self.qc = qc
        self.unusual = unusual
    }

    /// The station as written in the file.
    public var station: String
    public var parameter: Parameter
    /// Phenomenon time, UTC.
    public var time: Date
    /// `true` when the file gives no day of month and the 1st was used.
    public var dayAssumed: Bool
    /// Value, unit and censoring as reported.
    public var reported: MeasuredValue
    /// The value in `parameter.canonicalUnit`.
    public var canonicalValue: Double
    /// Line of the source file (1-based).
    public var line: Int
    /// The monitor's quality flag, where the file gives one.
    public var qc: QCFlag?
    /// Why the value is possible but unusual (``PlausibleRanges``), or `nil`: stored with the flag.
    public var unusual: String?
}


/// Where imported observations go: the store implements it inside one transaction.
public protocol ObservationSink {
    /// Adds the observations of one row; an observation already stored (same datastream and time) is skipped.
    func write(_ records: [ObservationRecord]) async throws
}
