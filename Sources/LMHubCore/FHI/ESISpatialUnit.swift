/// One spatial unit of an Ecosystem Service Indicator (a sub-basin, a district, a water intake: a place where
/// supply can be tested against demand), with the evidence it has over the evaluation period's instances
/// (months, years). In JSON, the one key present says which:
///
/// - `{"name": "…", "met": false}` — only whether the demand was met throughout (evidence for F1);
/// - `{"name": "…", "instancesMet": [true, false, …]}` — per instance, whether it was met (F1 and F2);
/// - `{"name": "…", "excursions": [0, 0.4, …]}` — per instance, a "fuzzy" excursion given by the user, 0 when
///   met (F1, F2 and F3);
/// - `{"name": "…", "values": [3.2, …], "objective": {"minimum": 4}}` — per instance, a value tested against a
///   ``SharpObjective`` (F1, F2 and F3).
public struct ESISpatialUnit: Sendable, Hashable, Codable {
    public let name: String
    public let evidence: Evidence

    public enum Evidence: Sendable, Hashable {
        case met(Bool)
        case instancesMet([Bool])
        case excursions([Double])
        case values([Double], objective: SharpObjective)
    }

    public init(name: String, _ evidence: Evidence) {
        self.name = name
        self.evidence = evidence
    }

    /// The richest factor this unit's evidence supports.
    public var level: EcosystemServiceIndicator.Level {
        switch evidence {
        case .met: .f1
        case .instancesMet: .f2
        case .excursions, .values: .f3
        }
    }

    /// Per instance: its excursion (F3 evidence) or whether it missed (0 or 1 for F2 evidence); `nil` for F1 evidence.
    /// - Throws: ``FHIInputError`` for an empty series, a negative or non-finite excursion, or a value the
    ///   objective cannot be tested on.
    func instances() throws(FHIInputError) -> [(missed: Bool, excursion: Double)]? {
        let series: [(missed: Bool, excursion: Double)]
        switch evidence {
        case .met:
            return nil
        case let .instancesMet(flags):
            series = flags.map { (!$0, 0) }
        case let .excursions(values):
            for (index, excursion) in values.enumerated() where !(excursion.isFinite && excursion >= 0) {
                throw FHIInputError(field: "excursions[\(index)]", message: "an excursion is 0 (met) or a positive number, found \(excursion)")
            }
            series = values.map { ($0 > 0, $0) }
        case let .values(values, objective):
            var tested: [(missed: Bool, excursion: Double)] = []
            for (index, value) in values.enumerated() {
                guard value.isFinite else { throw FHIInputError(field: "values[\(index)]", message: "not a number: \(value)") }
                do { tested.append((objective.misses(value), try objective.excursion(of: value))) } catch {
                    throw error.within("values[\(index)]")
                }
            }
            series = tested
        }
        guard !series.isEmpty else {
            throw FHIInputError(field: "", message: "spatial unit '\(name)' has no instances; give at least one, or only \"met\"")
        }
        return series
    }

    private enum CodingKeys: String, CodingKey {
        case name, met, instancesMet, excursions, values, objective
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        let given = [CodingKeys.met, .instancesMet, .excursions, .values].filter(container.contains)
        guard given.count == 1, let key = given.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "a spatial unit has exactly one of met, instancesMet, excursions or values (with an objective); found "
                + (given.isEmpty ? "none" : given.map(\.stringValue).joined(separator: ", "))))
        }
        switch key {
        case .met: evidence = .met(try container.decode(Bool.self, forKey: .met))
        case .instancesMet: evidence = .instancesMet(try container.decode([Bool].self, forKey: .instancesMet))
        case .excursions: evidence = .excursions(try container.decode([Double].self, forKey: .excursions))
        default:
            evidence = .values(try container.decode([Double].self, forKey: .values),
                               objective: try container.decode(SharpObjective.self, forKey: .objective))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        switch evidence {
        case let .met(met): try container.encode(met, forKey: .met)
        case let .instancesMet(flags): try container.encode(flags, forKey: .instancesMet)
        case let .excursions(values): try container.encode(values, forKey: .excursions)
        case let .values(values, objective):
            try container.encode(values, forKey: .values)
            try container.encode(objective, forKey: .objective)
        }
    }
}
