/// Species of concern (Ecosystem Vitality, biodiversity): freshwater-dependent species of the IUCN Red List
/// whose range meets the basin (FHI Toolbox 1.1 `SpeciesOfConcernIndicator`; weights in ``SpeciesWeights``):
///
///     SoC = min(100, SoC_prior × (1 − Σ_{CR,EN,VU} w / Σ_all w) × N_prior / N × exp(mean ln(P_t / P_t−1)))
///
/// N is the number of species of concern (CR, EN, VU) now, N_prior at the previous assessment. On a first
/// assessment SoC_prior is 100 and the last two terms are 1.
///
/// With no species of concern now (N = 0) the count term N_prior / N is undefined and is left out, with a
/// note; the Toolbox divides by zero there (∞, or NaN cast to an integer when N_prior is 0 too).
public struct SpeciesOfConcern: Sendable, Hashable, Codable {
    public let species: [SpeciesRecord]
    /// The score of the previous assessment (0–100); `nil` for a first assessment (100).
    public let priorScore: Double?
    /// The number of species of concern at the previous assessment; `nil` for a first assessment.
    public let priorCount: Int?

    public init(species: [SpeciesRecord], priorScore: Double? = nil, priorCount: Int? = nil) {
        self.species = species
        self.priorScore = priorScore
        self.priorCount = priorCount
    }

    /// - Throws: ``FHIInputError`` naming the species for a category the weights do not list, or counts that
    ///   cannot give a trend; for a prior score outside 0–100 or a negative prior count.
    public func compute(weights: SpeciesWeights, rounding: FHIRounding = .unrounded) throws(FHIInputError) -> SpeciesResult {
        try SpeciesPrior.check(score: priorScore, count: priorCount)
        var all = 0.0, concern = 0.0, concernSpecies: [(index: Int, record: SpeciesRecord)] = []
        for (index, record) in species.enumerated() {
            guard let code = record.category, let weight = weights.weight(of: code) else {
                throw FHIInputError(field: "species[\(index)].category", message: "\(record.name): expected one of "
                    + weights.categories.map(\.code).joined(separator: ", ") + ", found '\(record.category ?? "")'")
            }
            all += weight
            if weights.concern.contains(code) {
                concern += weight
                concernSpecies.append((index, record))
            }
        }
        guard all > 0 else {
            return SpeciesResult(value: nil, count: concernSpecies.count, threatenedTerm: nil, invasiveTerm: nil, countTerm: nil, trendTerm: nil,
                                 trendSpecies: 0, verified: weights.verified,
                                 notes: [species.isEmpty ? "not assessed: no species listed" : "not assessed: no listed species has a weight above 0 (all DD)"])
        }
        var notes: [String] = []
        let threatened = 1 - concern / all
        let countTerm: Double
        switch (priorCount, concernSpecies.count) {
        case (nil, _): countTerm = 1
        case (_, 0):
            countTerm = 1
            notes.append("no species of concern now: the count term N_prior / N is undefined and left out")
        case let (prior?, now): countTerm = Double(prior) / Double(now)
        }
        let trend = try PopulationTrend.term(concernSpecies)
        let value = min(100, (priorScore ?? 100) * threatened * countTerm * trend.term)
        return SpeciesResult(value: rounding.apply(value), count: concernSpecies.count, threatenedTerm: threatened, invasiveTerm: nil,
                             countTerm: countTerm, trendTerm: trend.term, trendSpecies: trend.counted, verified: weights.verified, notes: notes)
    }
}

/// A biodiversity sub-indicator's value and its terms.
public struct SpeciesResult: Sendable, Hashable, Codable {
    /// 0–100; `nil`: not assessed.
    public let value: Double?
    /// Species of concern (CR, EN, VU), or invasive species present.
    public let count: Int
    /// Species of concern: 1 − Σ_{CR,EN,VU} w / Σ w.
    public let threatenedTerm: Double?
    /// Invasive species: f(n).
    public let invasiveTerm: Double?
    /// N_prior / N (1 on a first assessment or where left out).
    public let countTerm: Double?
    public let trendTerm: Double?
    /// Species with both population counts.
    public let trendSpecies: Int
    public let verified: Bool
    public let notes: [String]
}

enum SpeciesPrior {
    static func check(score: Double?, count: Int?) throws(FHIInputError) {
        if let score, !(score.isFinite && (0...100).contains(score)) {
            throw FHIInputError(field: "priorScore", message: "a score is 0–100, found \(score)")
        }
        if let count, count < 0 { throw FHIInputError(field: "priorCount", message: "a count is ≥ 0, found \(count)") }
    }
}
