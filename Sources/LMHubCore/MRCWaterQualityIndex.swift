/// The MRC Water Quality Index for the protection of aquatic life over a period (a station-year), as usually
/// printed in the MRC's annual monitoring reports (definition, parameters and bands in
/// `Resources/indices/mrc-wqi-aquatic-life.json`; flagged unverified until checked against a report):
///
///     WQI = (Σ p_i / M) × 10
///
/// p_i is the number of index parameters meeting their target in sample i, M the number of index parameters
/// measured, summed over the samples. Targets are the items of the standard the file names (`mrc-tgwq`);
/// meeting a target follows ``ClassAssessor`` (a value at the target meets it, a censored value meets it only
/// if its whole interval does). Un-ionised NH3 missing from a sample is derived from NH3-N, pH and TEMP
/// (``UnionisedAmmonia``). The rating is the band whose lowest value the index reaches.
public struct MRCWaterQualityIndex: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    public let formula: String
    /// Id of the standard whose items are the targets.
    public let standard: String
    /// Canonical codes of the index parameters.
    public let parameters: [String]
    public let scale: Double
    /// Best first.
    public let bands: [IndexBand]

    public static func bundled() throws -> MRCWaterQualityIndex {
        try BundledIndex.load("mrc-wqi-aquatic-life")
    }

    /// Computes the index over a period's samples (each keyed by canonical parameter code).
    /// - Returns: `nil` when no sample has any index parameter.
    public func compute(
        _ samples: [[String: MeasuredValue]], targets: WaterQualityStandard, ammonia: UnionisedAmmonia
    ) -> MRCResult? {
        let assessor = ClassAssessor(standard: targets, waterBody: .river)
        var points = 0, possible = 0, counted = 0
        var failures: [String: Int] = [:]
        for sample in samples {
            let judged = parameters.compactMap { code in
                ammonia.adding(to: sample)[code].flatMap { assessor.classify($0, parameter: code) }
            }
            guard !judged.isEmpty else { continue }
            counted += 1
            possible += judged.count
            for result in judged {
                if result.rank == 1 { points += 1 } else { failures[result.parameter, default: 0] += 1 }
            }
        }
        guard possible > 0 else { return nil }
        let wqi = Double(points) / Double(possible) * scale
        let band = bands.band(of: wqi)
        return MRCResult(samples: counted, points: points, possible: possible, wqi: wqi, band: band?.band, bandRank: band?.rank,
                         failedTests: failures, verified: verified && targets.isVerified)
    }
}

/// An MRC WQI over a period: points scored, points possible, the index and its band.
public struct MRCResult: Sendable, Hashable {
    /// Samples with at least one index parameter.
    public let samples: Int
    public let points: Int
    public let possible: Int
    /// 0–10.
    public let wqi: Double
    public let band: IndexBand?
    /// Position of `band` among the index's bands, 1 = best.
    public let bandRank: Int?
    /// Tests that missed their target, by parameter.
    public let failedTests: [String: Int]
    /// Whether the formula, bands and targets are all verified.
    public let verified: Bool
}
