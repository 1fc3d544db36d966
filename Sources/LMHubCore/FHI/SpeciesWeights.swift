import Foundation

/// The constants of the FHI biodiversity sub-indicators (`Resources/fhi/species-weights.json`): IUCN Red List
/// category weights for species of concern and the invasive-species steps, as the FHI Toolbox 1.1 has them.
public struct SpeciesWeights: Sendable, Hashable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    public let formula: String
    /// Categories whose species are species of concern (CR, EN, VU).
    public let concern: [String]
    public let categories: [Category]
    public let invasive: Invasive

    public struct Category: Sendable, Hashable, Codable {
        /// IUCN Red List code: `CR`, `EN`, `VU`, `NT`, `LC`, `DD`.
        public let code: String
        public let name: String
        public let weight: Double
    }

    /// f(n) = 1 − n × `stepPerSpecies` for n < `floorFromSpecies`, else `floor`.
    public struct Invasive: Sendable, Hashable, Codable {
        public let formula: String
        public let stepPerSpecies: Double
        public let floor: Double
        public let floorFromSpecies: Int

        public func factor(species n: Int) -> Double {
            n >= floorFromSpecies ? floor : 1 - Double(n) * stepPerSpecies
        }
    }

    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> SpeciesWeights {
        try FHIResources.load("species-weights")
    }

    public func weight(of code: String) -> Double? { categories.first { $0.code == code }?.weight }
}

/// A species listed for a basin: its name, its IUCN Red List category (for species of concern) and, where
/// counted, its population at the previous and the current assessment.
public struct SpeciesRecord: Sendable, Hashable, Codable {
    public let name: String
    /// IUCN Red List code (`CR`, `EN`, `VU`, `NT`, `LC`, `DD`); `nil` for an invasive species.
    public let category: String?
    public let populationPrevious: Double?
    public let populationCurrent: Double?

    public init(name: String, category: String? = nil, populationPrevious: Double? = nil, populationCurrent: Double? = nil) {
        self.name = name
        self.category = category
        self.populationPrevious = populationPrevious
        self.populationCurrent = populationCurrent
    }
}

/// The population trend term of both biodiversity sub-indicators: exp(mean ln(P_t / P_t−1)) over the species
/// with both counts, 1 when none has them. A current count of 0 gives ln 0 = −∞ and a term of 0.
enum PopulationTrend {
    /// - Throws: ``FHIInputError`` naming the species (`species[i]`) for a previous count that is not positive,
    ///   a current count below 0, or one count without the other.
    static func term(_ species: [(index: Int, record: SpeciesRecord)]) throws(FHIInputError) -> (term: Double, counted: Int) {
        var logs: [Double] = []
        for (index, record) in species {
            switch (record.populationPrevious, record.populationCurrent) {
            case (nil, nil):
                continue
            case let (previous?, current?):
                guard previous.isFinite, previous > 0 else {
                    throw FHIInputError(field: "species[\(index)].populationPrevious", message: "\(record.name): a previous count is a positive number (the trend divides by it), found \(previous)")
                }
                guard current.isFinite, current >= 0 else {
                    throw FHIInputError(field: "species[\(index)].populationCurrent", message: "\(record.name): a count is a number ≥ 0, found \(current)")
                }
                logs.append(log(current / previous))
            default:
                throw FHIInputError(field: "species[\(index)]", message: "\(record.name): give both populationPrevious and populationCurrent, or neither")
            }
        }
        guard !logs.isEmpty else { return (1, 0) }
        return (exp(logs.reduce(0, +) / Double(logs.count)), logs.count)
    }
}
