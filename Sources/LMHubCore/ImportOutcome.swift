import Foundation

/// What an import changed in the store.
public struct ImportOutcome: Sendable, Hashable {
    /// Observations new to the store.
    public var stored: Int
    /// Observations whose datastream and time were already stored with another value: the stored value is
    /// kept and each is listed here, so that a corrected file never silently loses or replaces data.
    public var conflicts: [ObservationConflict]

    public init(stored: Int = 0, conflicts: [ObservationConflict] = []) {
        self.stored = stored
        self.conflicts = conflicts
    }
}

/// An incoming observation that disagrees with the one stored for the same datastream and time.
public struct ObservationConflict: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let station: String
    public let parameter: String
    public let time: Date
    /// The value kept, as reported (with censoring), in `unit`.
    public let stored: String
    /// The value of the file, not stored.
    public let incoming: String
    public let unit: String

    public init(line: Int, station: String, parameter: String, time: Date, stored: String, incoming: String, unit: String) {
        self.line = line
        self.station = station
        self.parameter = parameter
        self.time = time
        self.stored = stored
        self.incoming = incoming
        self.unit = unit
    }

    public var description: String {
        "line \(line): \(station) \(parameter) at \(time.formatted(.iso8601)): stored \(stored) \(unit) kept, file has \(incoming) \(unit)"
    }
}
