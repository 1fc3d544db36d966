import Foundation

/// What an import changed in the store.
public struct ImportOutcome: Sendable, Hashable {
    /// Observations new to the store.
    public var stored: Int
    /// Observations whose datastream and time were already stored with another value: the stored value is
    /// kept and each is listed here, so that a corrected file never silently loses or replaces data.
    public var conflicts: [ObservationConflict]
    /// Stored values the import replaced (``ConflictPolicy/replace``), each kept in the observation audit.
    public var replaced = 0
    /// New station ids that differ from a stored (or another new) id only by case, accents, spacing or
    /// punctuation: likely typos, `(new, existing)`.
    public var lookalikes: [Lookalike] = []
    /// Stations the import created, by id, with the zone their local times were read in.
    public var newStations: [String: String] = [:]
    /// The store's observation epoch when the import ended (advanced by every change or deletion of stored
    /// observations, stations, datastreams or parameters): what a receipt of a clean import is valid for.
    public var observationEpoch: Int64 = 0
    /// Every observation read is stored, with the value read: nothing conflicted or was replaced.
    public var isClean: Bool { conflicts.isEmpty && replaced == 0 }

    public init(stored: Int = 0, conflicts: [ObservationConflict] = []) {
        self.stored = stored
        self.conflicts = conflicts
    }
}

/// A new station id that differs from an existing one only by case, accents, spacing or punctuation.
public struct Lookalike: Sendable, Hashable, CustomStringConvertible {
    public let new: String
    public let existing: String

    public init(new: String, existing: String) {
        self.new = new
        self.existing = existing
    }

    public var description: String {
        "new station '\(new)' differs from '\(existing)' only by case, accents, spacing or punctuation: a typo? (rename the rows, or keep both)"
    }
}

/// What an import does with an observation whose station, parameter and time are stored with another value
/// (or given twice in the file with two values).
public enum ConflictPolicy: String, Sendable, Hashable, CaseIterable {
    /// Store nothing and list the conflicts (the default: two values for one moment need a person to decide,
    /// and a script must not go on as if the file were in).
    case fail
    /// Keep the stored value, list the file's.
    case keep
    /// Store the file's value; the replaced value is kept in the audit of observation changes.
    case replace
}

/// An import stopped by conflicts under ``ConflictPolicy/fail``: nothing was stored.
public struct ImportConflictsError: Error, Sendable, CustomStringConvertible {
    /// The file imported, as the user named it.
    public let file: String
    public let conflicts: [ObservationConflict]

    public init(file: String, conflicts: [ObservationConflict]) {
        self.file = file
        self.conflicts = conflicts
    }

    public var description: String {
        "\(file): \(conflicts.count) observation\(conflicts.count == 1 ? " of the file disagrees" : "s of the file disagree") with values stored (or given earlier in the file) "
            + "for the same station, parameter and time; nothing was stored. Choose --on-conflict keep (keep the stored values) "
            + "or --on-conflict replace (store the file's values; the old ones stay in the audit)."
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
    /// The unit of both values.
    public let unit: String
    /// What else the reader needs, e.g. the value as the file wrote it when the stored one is in another unit.
    public let note: String?

    public init(line: Int, station: String, parameter: String, time: Date, stored: String, incoming: String, unit: String, note: String? = nil) {
        self.line = line
        self.station = station
        self.parameter = parameter
        self.time = time
        self.stored = stored
        self.incoming = incoming
        self.unit = unit
        self.note = note
    }

    public var description: String {
        "line \(line): \(station) \(parameter) at \(time.formatted(.iso8601)): stored \(stored) \(unit), file has \(incoming) \(unit)"
            + (note.map { " (\($0))" } ?? "")
    }
}
