import Foundation

/// What one assessment judges: one sample, or the samples of a station-year.
public enum AssessmentPeriod: String, Sendable, CaseIterable {
    case sample, year
}

/// One sample (or station-year) judged against several standards.
public struct AssessedUnit: Sendable {
    public let station: String
    /// The sample's local date (`YYYY-MM-DD`), or the year (`YYYY`).
    public let date: String
    /// The date each series' version was chosen for: the sample's date, or a year's last sample date.
    public let resolvedOn: String
    public let dayAssumed: Bool
    public let samples: [WaterSample]
    /// One entry per standard asked for, in the order asked.
    public let results: [StandardResult]

    public struct StandardResult: Sendable {
        public let resolution: StandardCatalog.Resolution
        public let assessment: SampleAssessment
    }
}

extension StandardCatalog {
    /// Judges `samples` (of one or several stations) against each of `ids` (versions or series; see
    /// ``resolve(_:on:)``), per sample or per station-year (``PeriodAssessor``), with dates read in `timeZone`.
    /// A station-year is judged by the version in force on its last sample's date, and marked not in force
    /// when any of its samples predates that version (2023 for QCVN 08: samples before 12 September).
    /// Units keep the order of first appearance in `samples`.
    /// - Throws: ``UnknownStandardError`` for an id that is neither a version nor a series.
    public func assess(
        _ samples: [WaterSample], standards ids: [String], period: AssessmentPeriod,
        waterBody: WaterQualityStandard.WaterBody, timeZone: String
    ) throws(UnknownStandardError) -> [AssessedUnit] {
        for id in ids where standards[id] == nil && versions(of: id).isEmpty {
            throw UnknownStandardError(id: id, known: (Array(standards.keys) + series).sorted())
        }
        return Self.group(samples, period: period, timeZone: timeZone).map { group in
            let results = ids.compactMap { id -> AssessedUnit.StandardResult? in
                guard let chosen = try? resolve(id, on: group.resolvedOn) else { return nil }
                let dates = group.samples.map { LocalDate.string($0.time, timeZone: timeZone) }
                let resolution = StandardCatalog.Resolution(
                    standard: chosen.standard, inForce: dates.allSatisfy(chosen.standard.isInForce(on:)), chosenByDate: chosen.chosenByDate)
                let assessor = ClassAssessor(standard: resolution.standard, waterBody: waterBody)
                let assessment = period == .sample
                    ? assessor.assess(group.samples[0].values) : PeriodAssessor(assessor).assess(group.samples.map(\.values))
                return AssessedUnit.StandardResult(resolution: resolution, assessment: assessment)
            }
            return AssessedUnit(station: group.station, date: group.date, resolvedOn: group.resolvedOn,
                                dayAssumed: group.dayAssumed, samples: group.samples, results: results)
        }
    }

    private static func group(
        _ samples: [WaterSample], period: AssessmentPeriod, timeZone: String
    ) -> [(station: String, date: String, resolvedOn: String, dayAssumed: Bool, samples: [WaterSample])] {
        switch period {
        case .sample:
            return samples.map { sample in
                let date = LocalDate.string(sample.time, timeZone: timeZone)
                return (sample.station, date, date, sample.dayAssumed, [sample])
            }
        case .year:
            var order: [String] = []
            var groups: [String: [WaterSample]] = [:]
            for sample in samples {
                let key = sample.station + "\u{1F}" + LocalDate.string(sample.time, timeZone: timeZone).prefix(4)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(sample)
            }
            return order.map { key in
                let members = groups[key] ?? []
                let year = String(key.split(separator: "\u{1F}").last ?? "")
                let last = members.map { LocalDate.string($0.time, timeZone: timeZone) }.max() ?? year
                return (members.first?.station ?? "", year, last, false, members)
            }
        }
    }
}
