/// Invasive and nuisance species (Ecosystem Vitality, biodiversity) (FHI Toolbox 1.1 `InvasiveSpeciesIndicator`;
/// constants in ``SpeciesWeights/Invasive``):
///
///     Inv = min(100, Inv_prior × f(n) × N_prior / n × exp(mean ln(P_t / P_t−1))),
///     f(n) = 1 − n/10 for n < 9, 0.1 for n ≥ 9
///
/// n is the number of invasive species present. An empty list is *not assessed* unless `noneRecorded` says the
/// survey found none (then f(0) = 1); the count term N_prior / n is left out when n = 0, where the Toolbox
/// divides by zero. The trend term is the Toolbox's: growing invasive populations raise the score; the FHI
/// manual's text was not read to confirm that direction, and the result says so when the term is not 1.
public struct InvasiveSpecies: Sendable, Hashable, Codable {
    public let species: [SpeciesRecord]
    /// `true` when the survey found no invasive species (an empty list then scores f(0) = 1).
    public let noneRecorded: Bool?
    public let priorScore: Double?
    /// Invasive species present at the previous assessment.
    public let priorCount: Int?

    public init(species: [SpeciesRecord], noneRecorded: Bool? = nil, priorScore: Double? = nil, priorCount: Int? = nil) {
        self.species = species
        self.noneRecorded = noneRecorded
        self.priorScore = priorScore
        self.priorCount = priorCount
    }

    /// - Throws: ``FHIInputError`` for `noneRecorded` with species listed, counts that cannot give a trend, a
    ///   prior score outside 0–100 or a negative prior count.
    public func compute(weights: SpeciesWeights, rounding: FHIRounding = .unrounded) throws(FHIInputError) -> SpeciesResult {
        try SpeciesPrior.check(score: priorScore, count: priorCount)
        if noneRecorded == true, !species.isEmpty {
            throw FHIInputError(field: "noneRecorded", message: "noneRecorded is true but \(species.count) species are listed")
        }
        guard !species.isEmpty || noneRecorded == true else {
            return SpeciesResult(value: nil, count: 0, threatenedTerm: nil, invasiveTerm: nil, countTerm: nil, trendTerm: nil, trendSpecies: 0,
                                 verified: weights.verified, notes: ["not assessed: no species listed (set noneRecorded if the survey found none)"])
        }
        var notes: [String] = []
        let n = species.count
        let factor = weights.invasive.factor(species: n)
        var countTerm = 1.0
        if let prior = priorCount {
            if n == 0 {
                notes.append("no invasive species now: the count term N_prior / n is undefined and left out")
            } else {
                countTerm = Double(prior) / Double(n)
            }
        }
        let trend = try PopulationTrend.term(Array(species.enumerated()).map { ($0.offset, $0.element) })
        if trend.term != 1 {
            notes.append("population trend term \(trend.term) as in the FHI Toolbox 1.1: growing invasive populations raise this score (direction not confirmed in the FHI manual)")
        }
        let value = min(100, (priorScore ?? 100) * factor * countTerm * trend.term)
        return SpeciesResult(value: rounding.apply(value), count: n, threatenedTerm: nil, invasiveTerm: factor, countTerm: countTerm,
                             trendTerm: trend.term, trendSpecies: trend.counted, verified: weights.verified, notes: notes)
    }
}
