/// How station DvNF scores are weighted into the basin's value (an arithmetic weighted mean).
public enum DvNFWeighting: Sendable, Hashable, Codable {
    /// Each station's mean regulated monthly flow, as the FHI Toolbox 1.1 does (the default).
    case regulatedMean
    /// Each station's mean natural monthly flow, as the FHI streamlit tool does.
    case unregulatedMean
    /// Every station alike.
    case equal
    /// The area each station stands for (any one unit), by station, as the FHI manual weights sub-basins.
    case area([String: Double])

    public var name: String {
        switch self {
        case .regulatedMean: "regulated-mean"
        case .unregulatedMean: "unregulated-mean"
        case .equal: "equal"
        case .area: "area"
        }
    }
}

/// The Deviation from Natural Flow sub-indicator of a basin: per station the AAPFD (``AAPFD``) and its score
/// (``DvNFScoring``), and the basin's value, the stations' scores averaged with ``DvNFWeighting``.
public struct DvNFResult: Sendable, Hashable, Codable {
    public let stations: [Station]
    /// 0–100, unrounded; `nil` when no station could be scored.
    public let value: Double?
    /// ``DvNFWeighting/name``.
    public let weighting: String
    public let source: String
    public let verified: Bool
    public let notes: [String]

    public struct Station: Sendable, Hashable, Codable {
        public let station: String
        public let aapfd: AAPFDResult
        /// 0–100; `nil` without a complete year.
        public let dvnf: Double?
        /// The station's share in the basin value (normalised over the stations scored); `nil` if not scored.
        public let weight: Double?
    }

    /// This value as an ``IndexResult`` of the FHI, the stations as components with their shares.
    public func indexResult(index: String = "fhi-2020", subject: String) -> IndexResult {
        IndexResult(index: index, subject: subject, value: value,
                    components: stations.map { IndexResult.Component(id: $0.station, value: $0.dvnf, weight: $0.weight) },
                    coverage: IndexResult.Coverage(used: stations.filter { $0.dvnf != nil }.count, expected: stations.count),
                    verified: verified, source: source, notes: notes)
    }

    /// This value as the input score of the `deviation-from-natural-flow` node; `nil` when not assessed.
    public var score: FHIScore? {
        value.map { value in
            let years = stations.compactMap { $0.aapfd.years.isEmpty ? nil : $0.aapfd.years.count }
            return FHIScore(value: value, basis: .computed,
                            evidence: "AAPFD of \(stations.filter { $0.dvnf != nil }.count) station(s) (\(years.map(String.init).joined(separator: ", ")) complete years), weighted by \(weighting)",
                            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        }
    }
}

/// Computes ``DvNFResult`` from monthly flows per station.
public struct DvNF: Sendable {
    public let scoring: DvNFScoring

    public init(scoring: DvNFScoring) {
        self.scoring = scoring
    }

    /// With the bundled ``DvNFScoring``.
    public static func bundled() throws -> DvNF {
        DvNF(scoring: try .bundled())
    }

    /// - Parameters:
    ///   - stations: monthly flows by station, in the order to report them.
    ///   - yearStartMonth: 1 for calendar years, else the month water years start in.
    /// - Throws: ``DvNFError`` for `.area` weighting without a positive area for a station that has a score.
    public func assess(_ stations: [(station: String, months: [MonthlyFlow])], yearStartMonth: Int = 1,
                       weighting: DvNFWeighting = .regulatedMean) throws(DvNFError) -> DvNFResult {
        var notes: [String] = []
        let scored = stations.map { station -> (String, AAPFDResult, Double?) in
            let aapfd = AAPFD.compute(station.months, yearStartMonth: yearStartMonth)
            return (station.station, aapfd, aapfd.aapfd.flatMap(scoring.score))
        }
        var weights: [String: Double] = [:]
        for (station, aapfd, dvnf) in scored where dvnf != nil {
            switch weighting {
            case .regulatedMean: weights[station] = aapfd.meanRegulated
            case .unregulatedMean: weights[station] = aapfd.meanUnregulated
            case .equal: weights[station] = 1
            case let .area(areas):
                guard let area = areas[station], area.isFinite, area > 0 else {
                    throw DvNFError(station: station, message: "area weighting needs a positive area for every station; \(station) has \(areas[station].map { "\($0)" } ?? "none")")
                }
                weights[station] = area
            }
            if aapfd.years.count < scoring.minimumYears {
                notes.append("\(station): \(aapfd.years.count) complete year\(aapfd.years.count == 1 ? "" : "s"); the DvNF method asks for at least \(scoring.minimumYears)")
            }
        }
        for (station, aapfd, dvnf) in scored {
            notes += aapfd.notes.map { "\(station): \($0)" }
            if dvnf == nil, aapfd.aapfd != nil { notes.append("\(station): the AAPFD \(aapfd.aapfd ?? 0) has no score") }
        }
        let total = weights.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value }
        var value: Double?
        if total > 0 {
            value = scored.reduce(0) { $0 + ($1.2 ?? 0) * (weights[$1.0] ?? 0) } / total
        } else if !weights.isEmpty {
            notes.append("not assessed: the scored stations' weights (\(weighting.name)) are all 0")
        } else {
            notes.append("not assessed: no station has a complete year")
        }
        let results = scored.map { station, aapfd, dvnf in
            DvNFResult.Station(station: station, aapfd: aapfd, dvnf: dvnf,
                               weight: total > 0 ? weights[station].map { $0 / total } : nil)
        }
        return DvNFResult(stations: results, value: value, weighting: weighting.name, source: scoring.source,
                          verified: scoring.verified, notes: notes)
    }
}

/// DvNF inputs that cannot be combined, naming the station.
public struct DvNFError: Error, Sendable, Hashable, CustomStringConvertible {
    public let station: String
    public let message: String
    public var description: String { message }
}
