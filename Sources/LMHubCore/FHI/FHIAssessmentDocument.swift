/// An FHI assessment as a file (JSON) and as the lead stores it: a basin at a date, what each sub-indicator is
/// computed from or entered as, and the weights. Read by LMHubIngest's `FHIAssessmentFile` (which also reads the
/// files it names, relative to its own folder), evaluated by ``FHIAssessment``.
///
/// ```json
/// {"id": "example-2024", "basin": {"name": "Example River", "area": 12000}, "date": "2024-12-31",
///  "period": {"start": "2020-01-01", "end": "2024-12-31"},
///  "subBasins": [{"id": "upper", "name": "Upper Example", "area": 5000, "stations": ["G1"]}],
///  "inputs": {"deviation-from-natural-flow": {"flowsFile": "flows.csv"},
///             "water-quality": {"samplesFile": "wq.csv", "standard": "mrc-tgwq", "class": "meets"}},
///  "entered": {"recreation": {"value": 70, "evidence": "expert panel 2017"}},
///  "weights": {"values": {"provisioning": 0.5, "regulation-support": 0.3, "cultural-aesthetic": 0.2}}}
/// ```
///
/// Every key of `inputs` and `entered` is a framework node id (``FHIFramework``). A node with neither stays
/// *not assessed*. Areas (basin, sub-basins, groundwater) are in km², each above 0; only their ratios enter the
/// scores, and the page shows the basin's area in km².
public struct FHIAssessmentDocument: Sendable, Hashable, Codable {
    /// A stable id (`3s-2016`), the key under which an assessment is stored.
    public let id: String
    public let title: String?
    public let basin: Basin
    /// The date the assessment describes, `YYYY-MM-DD`.
    public let date: String
    /// The evaluation period of time-series inputs (water quality); `nil` for all data given.
    public let period: FHIPeriod?
    public let subBasins: [SubBasin]?
    /// Default ``FHIRounding/unrounded``.
    public let rounding: FHIRounding?
    public let inputs: FHIAssessmentInputs
    public let entered: [String: EnteredScore]?
    public let weights: Weights?
    /// Published scores of the same basin, carried beside the computed ones and never mixed with them.
    public let published: [PublishedScores]?
    /// What a reader should know about the data (their periods, their origin), copied to the result.
    public let notes: [String]?

    public init(id: String, title: String? = nil, basin: Basin, date: String, period: FHIPeriod? = nil, subBasins: [SubBasin]? = nil,
                rounding: FHIRounding? = nil, inputs: FHIAssessmentInputs, entered: [String: EnteredScore]? = nil, weights: Weights? = nil,
                published: [PublishedScores]? = nil, notes: [String]? = nil) {
        self.id = id
        self.title = title
        self.basin = basin
        self.date = date
        self.period = period
        self.subBasins = subBasins
        self.rounding = rounding
        self.inputs = inputs
        self.entered = entered
        self.weights = weights
        self.published = published
        self.notes = notes
    }

    public struct Basin: Sendable, Hashable, Codable {
        public let name: String
        /// The basin's area, km² (above 0).
        public let area: Double?

        public init(name: String, area: Double? = nil) {
            self.name = name
            self.area = area
        }
    }

    public struct SubBasin: Sendable, Hashable, Codable {
        public let id: String
        public let name: String?
        public let area: Double
        /// Stations standing for this sub-basin (DvNF area weighting).
        public let stations: [String]?
    }

    /// Stakeholder weights: given by node id (`values`), or from an importance survey (`surveyFile`, read by
    /// LMHubIngest; codes of the FHI weighting survey or node ids as columns), not both.
    public struct Weights: Sendable, Hashable, Codable {
        public let values: [String: Double]?
        public let surveyFile: String?

        public init(values: [String: Double]? = nil, surveyFile: String? = nil) {
            self.values = values
            self.surveyFile = surveyFile
        }
    }

    /// Scores published elsewhere for this basin (Souter et al. 2020 for the 3S), by node id: shown as published,
    /// not computed.
    public struct PublishedScores: Sendable, Hashable, Codable {
        public let source: String
        /// The date the published scores describe (`2016-12`).
        public let date: String?
        public let scores: [String: Double]
        public let note: String?
    }
}

/// What each sub-indicator is computed from, keyed in JSON by its framework node id. Files are paths relative
/// to the assessment file.
public struct FHIAssessmentInputs: Sendable, Hashable, Codable {
    public var deviationFromNaturalFlow: Flows?
    public var groundwaterStorageDepletion: Groundwater?
    public var waterQuality: WaterQuality?
    public var bankModification: LandCover?
    public var flowConnectivity: Connectivity?
    public var landCoverNaturalness: LandCover?
    public var speciesOfConcern: SpeciesOfConcern?
    public var invasiveNuisanceSpecies: InvasiveSpecies?
    public var waterSupplyReliability: EcosystemServiceIndicator?
    public var biomassForConsumption: EcosystemServiceIndicator?
    public var sedimentRegulation: EcosystemServiceIndicator?
    public var waterQualityRegulation: EcosystemServiceIndicator?
    public var diseaseRegulation: EcosystemServiceIndicator?
    public var floodRegulation: EcosystemServiceIndicator?
    public var conservationCulturalHeritage: ConservationArea?
    /// The survey scoring the twelve GS sub-indicators.
    public var governanceStakeholders: Governance?

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case deviationFromNaturalFlow = "deviation-from-natural-flow"
        case groundwaterStorageDepletion = "groundwater-storage-depletion"
        case waterQuality = "water-quality"
        case bankModification = "bank-modification"
        case flowConnectivity = "flow-connectivity"
        case landCoverNaturalness = "land-cover-naturalness"
        case speciesOfConcern = "species-of-concern"
        case invasiveNuisanceSpecies = "invasive-nuisance-species"
        case waterSupplyReliability = "water-supply-reliability"
        case biomassForConsumption = "biomass-for-consumption"
        case sedimentRegulation = "sediment-regulation"
        case waterQualityRegulation = "water-quality-regulation"
        case diseaseRegulation = "disease-regulation"
        case floodRegulation = "flood-regulation"
        case conservationCulturalHeritage = "conservation-cultural-heritage"
        case governanceStakeholders = "governance-stakeholders"
    }

    /// The node ids that can take inputs.
    public static var nodes: [String] { CodingKeys.allCases.map(\.rawValue) }

    /// The node ids that have inputs here.
    public var given: [String] {
        let present: [(CodingKeys, Bool)] = [
            (.deviationFromNaturalFlow, deviationFromNaturalFlow != nil), (.groundwaterStorageDepletion, groundwaterStorageDepletion != nil),
            (.waterQuality, waterQuality != nil), (.bankModification, bankModification != nil), (.flowConnectivity, flowConnectivity != nil),
            (.landCoverNaturalness, landCoverNaturalness != nil), (.speciesOfConcern, speciesOfConcern != nil),
            (.invasiveNuisanceSpecies, invasiveNuisanceSpecies != nil), (.waterSupplyReliability, waterSupplyReliability != nil),
            (.biomassForConsumption, biomassForConsumption != nil), (.sedimentRegulation, sedimentRegulation != nil),
            (.waterQualityRegulation, waterQualityRegulation != nil), (.diseaseRegulation, diseaseRegulation != nil),
            (.floodRegulation, floodRegulation != nil), (.conservationCulturalHeritage, conservationCulturalHeritage != nil),
            (.governanceStakeholders, governanceStakeholders != nil),
        ]
        return present.filter(\.1).map(\.0.rawValue)
    }

    /// The Ecosystem Service Indicator inputs by node id.
    public var ecosystemServices: [(node: String, indicator: EcosystemServiceIndicator)] {
        let all: [(CodingKeys, EcosystemServiceIndicator?)] = [
            (.waterSupplyReliability, waterSupplyReliability), (.biomassForConsumption, biomassForConsumption),
            (.sedimentRegulation, sedimentRegulation), (.waterQualityRegulation, waterQualityRegulation),
            (.diseaseRegulation, diseaseRegulation), (.floodRegulation, floodRegulation),
        ]
        return all.compactMap { key, value in value.map { (key.rawValue, $0) } }
    }

    /// DvNF: monthly (or daily) flows, `station,month,regulated,unregulated`.
    public struct Flows: Sendable, Hashable, Codable {
        public let flowsFile: String
        /// 1 for calendar years (default), else the month water years start in.
        public let yearStartMonth: Int?
        /// `regulated-mean` (default, the FHI Toolbox), `unregulated-mean`, `equal`, or `area` (each station's
        /// sub-basin area, from ``FHIAssessmentDocument/SubBasin/stations``).
        public let weighting: String?
    }

    public struct Groundwater: Sendable, Hashable, Codable {
        public let affectedArea: Double
        /// Default: the basin's area, else the sum of the sub-basins'.
        public let basinArea: Double?
    }

    /// Water-quality samples and the objectives they are tested against.
    public struct WaterQuality: Sendable, Hashable, Codable {
        /// A sample file in a layout LMHubIngest reads (wide MRC layout or long `station,time,parameter,value,unit`).
        public let samplesFile: String?
        /// Samples given here: `{"station": "A", "date": "2014-01-01", "values": {"DO": {"value": 7.2, "unit": "mg/L"}}}`.
        public let samples: [Sample]?
        /// Ids of stations whose stored observations the caller supplies (the server, from its database); when
        /// supplied they are used instead of `samplesFile`, and without them (the CLI) the file is read.
        public let storedStations: [String]?
        /// A standard id (`mrc-tgwq`, `cn-gb3838-2002`) and the class whose limits are the objectives.
        public let standard: String?
        public let `class`: String?
        /// Explicit objectives, instead of or on top of the standard's (an explicit one replaces the standard's for its parameter).
        public let objectives: [WaterQualityObjective]?
        /// Only these parameters (canonical codes); `nil` for every parameter with an objective.
        public let parameters: [String]?
        /// `river` (default) or `lake`, for standards that differ by water body.
        public let waterBody: WaterQualityStandard.WaterBody?
        /// The IANA zone local sample times are read and dated in (default UTC).
        public let timeZone: String?

        public struct Sample: Sendable, Hashable, Codable {
            public let station: String
            public let date: String
            /// By canonical parameter code.
            public let values: [String: Value]
        }

        /// `{"value": 0.01, "unit": "mg/L", "censoring": "<"}`; censoring `<` or `>`, absent for a plain value.
        public struct Value: Sendable, Hashable, Codable {
            public let value: Double
            public let unit: MeasurementUnit
            public let censoring: Censoring?

            public var measured: MeasuredValue { MeasuredValue(value: value, unit: unit, censoring: censoring ?? .none) }
        }
    }

    /// A class-area table (land-cover naturalness; bank modification inside a river buffer): a CSV `code,area`
    /// file or the rows here, optionally with class weights replacing the table's (`{"210": 100}`).
    public struct LandCover: Sendable, Hashable, Codable {
        public let classAreasFile: String?
        public let classAreas: [LandCoverArea]?
        public let classWeights: [String: Double]?
        /// Bank modification only: the buffer width the areas were cut with (default 300 m).
        public let bufferMetres: Double?
    }

    /// Flow connectivity: the segment table (FHI Toolbox layout `d_id,d_id_dwn,len_up,passability`).
    public struct Connectivity: Sendable, Hashable, Codable {
        public let segmentsFile: String
        public let weightDiadromous: Double?
        public let weightPotamodromous: Double?
    }

    /// Governance: a survey export (`surveyFile`, read by LMHubIngest) or the survey here.
    public struct Governance: Sendable, Hashable, Codable {
        public let surveyFile: String?
        public let survey: GovernanceSurvey?
        /// Spreadsheet letters overriding the layout's (`A`, `K`).
        public let respondentColumn: String?
        public let firstQuestionColumn: String?
    }
}
