/// Everything an FHI assessment's methods rest on, loaded once from the bundled data files.
public struct FHIAssessmentConstants: Sendable {
    public let framework: FHIFramework
    public let dvnf: DvNF
    public let dci: DCI
    public let standards: [String: WaterQualityStandard]
    public let ammonia: UnionisedAmmonia
    public let landCover: LandCoverWeights
    public let species: SpeciesWeights
    public let conservation: ConservationTargets
    public let governance: GovernanceSurveyLayout
    public let methods: FHIMethods

    public init(framework: FHIFramework, dvnf: DvNF, dci: DCI, standards: [String: WaterQualityStandard], ammonia: UnionisedAmmonia,
                landCover: LandCoverWeights, species: SpeciesWeights, conservation: ConservationTargets, governance: GovernanceSurveyLayout,
                methods: FHIMethods) {
        self.framework = framework
        self.dvnf = dvnf
        self.dci = dci
        self.standards = standards
        self.ammonia = ammonia
        self.landCover = landCover
        self.species = species
        self.conservation = conservation
        self.governance = governance
        self.methods = methods
    }

    /// The bundled framework, methods and constants.
    /// - Throws: ``StandardFileError`` naming a data file that is missing or malformed.
    public static func bundled() throws -> FHIAssessmentConstants {
        FHIAssessmentConstants(framework: try .bundled(), dvnf: try .bundled(), dci: try .bundled(), standards: try WaterQualityStandard.bundled(),
                               ammonia: try .bundled(), landCover: try .bundled(), species: try .bundled(), conservation: try .bundled(),
                               governance: try .bundled(), methods: try FHIResources.load("sub-indicator-methods"))
    }
}

/// How LMHub computes each sub-indicator (`Resources/fhi/sub-indicator-methods.json`): method, formula, source.
public struct FHIMethods: Sendable, Hashable, Codable {
    public let id: String
    public let methods: [Method]

    public struct Method: Sendable, Hashable, Codable {
        public let node: String
        public let method: String
        public let formula: String
        public let source: String
        public let verified: Bool
    }

    public func method(for node: String) -> Method? { methods.first { $0.node == node } }
}

/// The data an assessment's files hold, read by LMHubIngest's `FHIAssessmentFile` (Core reads no files): each
/// `nil` where the document names no such file. Water-quality samples may also come from the store: the
/// caller reads the observations of ``FHIAssessmentInputs/WaterQuality/storedStations`` and puts them here.
public struct FHIResolvedInputs: Sendable {
    public var flows: [(station: String, months: [MonthlyFlow])]?
    public var segments: SegmentNetwork?
    public var waterQualitySamples: [WaterSample]?
    public var landCoverAreas: [LandCoverArea]?
    public var bankModificationAreas: [LandCoverArea]?
    public var survey: GovernanceSurvey?
    /// Per respondent, importance scores by node id (the weighting survey).
    public var weightResponses: [[String: Double]]?

    public init(flows: [(station: String, months: [MonthlyFlow])]? = nil, segments: SegmentNetwork? = nil, waterQualitySamples: [WaterSample]? = nil,
                landCoverAreas: [LandCoverArea]? = nil, bankModificationAreas: [LandCoverArea]? = nil, survey: GovernanceSurvey? = nil,
                weightResponses: [[String: Double]]? = nil) {
        self.flows = flows
        self.segments = segments
        self.waterQualitySamples = waterQualitySamples
        self.landCoverAreas = landCoverAreas
        self.bankModificationAreas = bankModificationAreas
        self.survey = survey
        self.weightResponses = weightResponses
    }
}
