import Foundation

/// One water sample: the values measured at one station at one time, keyed by canonical parameter code.
public struct WaterSample: Sendable, Hashable {
    /// The station as written in the source file (name or agency code).
    public var station: String
    /// Phenomenon time, UTC.
    public var time: Date
    /// `true` when the source gives no day of month and the 1st was used (MRC monthly files).
    public var dayAssumed: Bool
    public var values: [String: MeasuredValue]

    public init(station: String, time: Date, dayAssumed: Bool = false, values: [String: MeasuredValue]) {
        self.station = station
        self.time = time
        self.dayAssumed = dayAssumed
        self.values = values
    }
}
