import Foundation
import LMHubCore

/// Finds, among observations an insert did not store because their key was taken, those whose stored value (as
/// reported: value and censoring) or QC flag differs from theirs: the key was already taken, by an earlier
/// import or an earlier row of the same file. Rows stored now, or repeated with the same value, are not
/// conflicts; a row without a flag does not contradict a stored flag (a long file without a `qc` column), but
/// two different flags do (the monitor invalidated an hour after the first export).
enum StoredObservationCheck {
    /// The stored value of a key as reported, and its QC flag.
    struct Stored {
        let value: MeasuredValue
        let qc: QCFlag?

        init(value: MeasuredValue, qc: QCFlag?) {
            self.value = value
            self.qc = qc
        }

        /// What an insert found stored (the unit is the datastream's, the row's own).
        init(_ kept: KeptObservation, unit: MeasurementUnit) {
            self.init(value: MeasuredValue(value: kept.valueReported, unit: unit, censoring: Censoring(rawValue: kept.censoring) ?? .none),
                      qc: kept.qc.flatMap(QCFlag.init(rawValue:)))
        }
    }

    /// The conflicts among `written` (rows of one key in line order), given the values stored under their keys.
    /// - Parameter replacing: each conflict replaces the value under its key (``ConflictPolicy/replace``), so a
    ///   later row of that key is compared with it, not with the value stored before: A, B, A ends with A stored.
    static func conflicts(
        among written: [(ObservationKey, ObservationRecord)], stored: [ObservationKey: Stored], replacing: Bool = false
    ) -> [(key: ObservationKey, record: ObservationRecord, conflict: ObservationConflict)] {
        var current = stored
        return written.compactMap { key, record in
            guard let kept = current[key] else { return nil }
            let incoming = MeasuredValue(value: record.reported.value, unit: record.reported.unit, censoring: record.reported.censoring)
            let flagChanged = record.qc != nil && kept.qc != nil && record.qc != kept.qc
            guard kept.value != incoming || flagChanged else { return nil }
            if replacing { current[key] = Stored(value: incoming, qc: record.qc) }
            func flag(_ qc: QCFlag?) -> String { flagChanged ? " (\(qc?.rawValue ?? "no flag"))" : "" }
            return (key, record, ObservationConflict(
                line: record.line, station: record.station, parameter: record.parameter.code, time: record.time,
                stored: kept.value.censoring.rawValue + "\(kept.value.value)" + flag(kept.qc), incoming: incoming.censoring.rawValue + "\(incoming.value)" + flag(record.qc),
                unit: record.reported.unit.rawValue))
        }
    }
}
