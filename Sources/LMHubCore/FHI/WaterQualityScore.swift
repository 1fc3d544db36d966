import Foundation

/// The FHI water-quality sub-indicator (Ecosystem Vitality): per station, the CCME WQI's scope and amplitude
/// factors over a period's samples, combined as the FHI does (FHI R package `EV_WQ`, FHI streamlit tool
/// `wql.py` "Method 2", FHI Toolbox 1.1 `Gauge.Value`):
///
///     F1 = 100 × parameters failing at least once / parameters tested
///     F2 = 100 × failed tests / tests                     (reported; not in the score)
///     nse = Σ excursions / tests,  F3 = 100 × nse / (nse + 1)
///     score = 100 − √(F1 · F3)
///
/// with excursions as ``SharpObjective`` defines them. F1 and F3 are percentages, as in the CCME WQI and the
/// R package; the FHI Toolbox multiplies fractions (0–1) there, so its scores never fall below 99.
///
/// The basin value is the arithmetic mean of the station scores (FHI Toolbox `WaterQualityIndicator`).
/// A test is one value of a parameter in one sample within the period, in a month its objective applies in;
/// samples outside the period or the objective's months are no tests. Censored values enter at their
/// reported bound (`<0.01` as 0.01). Un-ionised ammonia (`NH3`, the MRC aquatic-life target) is derived from
/// NH3-N, pH and temperature where a sample lacks it (``UnionisedAmmonia``).
public struct WaterQualityScore: Sendable {
    public let objectives: [WaterQualityObjective]
    public let ammonia: UnionisedAmmonia?

    /// - Throws: ``FHIInputError`` for two objectives of one parameter that could apply in the same month.
    public init(objectives: [WaterQualityObjective], ammonia: UnionisedAmmonia? = nil) throws(FHIInputError) {
        for (parameter, group) in Dictionary(grouping: objectives, by: \.parameter) where group.count > 1 {
            let months = group.map { Set($0.months ?? Array(1...12)) }
            for (i, first) in months.enumerated() {
                for second in months[(i + 1)...] where !first.isDisjoint(with: second) {
                    throw FHIInputError(field: "objectives", message: "\(parameter) has two objectives in month \(first.intersection(second).sorted()[0]); give each month one")
                }
            }
        }
        self.objectives = objectives
        self.ammonia = ammonia
    }

    /// Scores every station of `samples` over `period` (dates in `timeZone`, an IANA name; UTC if unknown).
    /// - Throws: ``FHIInputError`` naming the station, date and parameter for a value whose unit cannot be
    ///   converted to its objective's, or that has no excursion (0 under a minimum).
    public func compute(_ samples: [WaterSample], period: FHIPeriod? = nil, timeZone: String = "UTC",
                        rounding: FHIRounding = .unrounded) throws(FHIInputError) -> WaterQualityScoreResult {
        let byStation = Dictionary(grouping: samples, by: \.station)
        var stations: [WaterQualityStationScore] = []
        for name in byStation.keys.sorted() {
            stations.append(try score(name, byStation[name] ?? [], period: period, timeZone: timeZone))
        }
        let scored = stations.compactMap(\.score)
        let mean = scored.isEmpty ? nil : rounding.apply(scored.reduce(0, +) / Double(scored.count))
        var notes: [String] = []
        let unscored = stations.filter { $0.score == nil }.map(\.station)
        if !unscored.isEmpty { notes.append("no tests in the period, left out: \(unscored.joined(separator: ", "))") }
        if stations.isEmpty { notes.append("no samples") }
        return WaterQualityScoreResult(stations: stations, value: mean, period: period, rounding: rounding,
                                       verified: objectives.allSatisfy(\.verified), notes: notes)
    }

    private func score(_ station: String, _ samples: [WaterSample], period: FHIPeriod?, timeZone: String) throws(FHIInputError) -> WaterQualityStationScore {
        var tests: [String: [Double]] = [:], outside = 0
        let byParameter = Dictionary(grouping: objectives, by: \.parameter)
        for sample in samples.sorted(by: { $0.time < $1.time }) {
            let date = LocalDate.string(sample.time, timeZone: timeZone)
            guard period?.contains(date) ?? true else {
                outside += 1
                continue
            }
            let month = Int(date.dropFirst(5).prefix(2)) ?? 0
            let values = ammonia?.adding(to: sample.values) ?? sample.values
            for (code, measured) in values {
                guard let objective = byParameter[code]?.first(where: { $0.applies(inMonth: month) }) else { continue }
                let field = "\(station) \(date) \(code)"
                let converted: MeasuredValue
                do { converted = try measured.converted(to: objective.unit) } catch {
                    throw FHIInputError(field: field, message: "\(measured.unit.rawValue) cannot be converted to the objective's \(objective.unit.rawValue)")
                }
                do { tests[code, default: []].append(try objective.objective.excursion(of: converted.value)) } catch {
                    throw error.within(field)
                }
            }
        }
        let all = tests.keys.sorted().flatMap { tests[$0] ?? [] }
        guard !all.isEmpty else {
            return WaterQualityStationScore(station: station, parameters: [], failedParameters: [], tests: 0, failedTests: 0,
                                            samplesOutsidePeriod: outside, nse: nil, f1: nil, f2: nil, f3: nil, score: nil)
        }
        let failed = tests.filter { $0.value.contains { $0 > 0 } }.keys.sorted()
        let nse = all.reduce(0, +) / Double(all.count)
        let f1 = 100 * Double(failed.count) / Double(tests.count)
        let f2 = 100 * Double(all.filter { $0 > 0 }.count) / Double(all.count)
        let f3 = 100 * nse / (nse + 1)
        return WaterQualityStationScore(station: station, parameters: tests.keys.sorted(), failedParameters: failed, tests: all.count,
                                        failedTests: all.filter { $0 > 0 }.count, samplesOutsidePeriod: outside,
                                        nse: nse, f1: f1, f2: f2, f3: f3, score: 100 - (f1 * f3).squareRoot())
    }
}

/// One station's water-quality score and its terms; `score` is `nil` when it had no test in the period.
public struct WaterQualityStationScore: Sendable, Hashable, Codable {
    public let station: String
    /// Parameters with at least one test.
    public let parameters: [String]
    public let failedParameters: [String]
    public let tests: Int
    public let failedTests: Int
    /// Samples dated outside the period: not tests.
    public let samplesOutsidePeriod: Int
    public let nse: Double?
    public let f1: Double?
    public let f2: Double?
    public let f3: Double?
    /// 0–100, unrounded.
    public let score: Double?
}

/// The basin's water-quality sub-indicator: the mean of the station scores.
public struct WaterQualityScoreResult: Sendable, Hashable, Codable {
    public let stations: [WaterQualityStationScore]
    /// 0–100; `nil` when no station had a test.
    public let value: Double?
    public let period: FHIPeriod?
    public let rounding: FHIRounding
    /// Whether every objective is verified against its source.
    public let verified: Bool
    public let notes: [String]
}
