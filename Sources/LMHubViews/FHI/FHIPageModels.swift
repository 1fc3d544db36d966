import Foundation
import LMHubCore

/// What `/fhi` shows: the stored FHI assessments, by basin and date, with their published references.
public struct FHIListPageModel: Sendable {
    /// One stored assessment.
    public struct Entry: Sendable {
        public let id: String
        public let title: String?
        public let basin: String
        public let date: String
        public let storedAt: Date
        /// Ecosystem Vitality, Ecosystem Services, Governance & Stakeholders.
        public let components: [FHINodeResult]
        public let published: [FHIAssessmentDocument.PublishedScores]
        /// Sub-indicators with a value, of all.
        public let assessed: Int
        public let subIndicators: Int

        public init(_ stored: FHIStoredAssessment, storedAt: Date) {
            let result = stored.result
            (id, title, basin, date, self.storedAt) = (result.id, result.title, result.basin, result.date, storedAt)
            (components, published) = (result.components, result.published)
            assessed = result.subIndicators.filter { $0.value != nil }.count
            subIndicators = result.subIndicators.count
        }
    }

    /// By basin, then date.
    public let entries: [Entry]
    public let language: String

    public init(entries: [Entry], language: String) {
        self.entries = entries.sorted { ($0.basin, $0.date, $0.id) < ($1.basin, $1.date, $1.id) }
        self.language = language
    }
}

/// What `/fhi/{id}` shows: one stored assessment, the framework it was evaluated with, and the hub's stations
/// it used (those the store holds).
public struct FHIAssessmentPageModel: Sendable {
    public struct StationLink: Sendable, Hashable {
        public let id: String
        public let name: LocalizedText
        /// What the station was used for (a framework node id: `water-quality`).
        public let node: String

        public init(id: String, name: LocalizedText, node: String) {
            self.id = id
            self.name = name
            self.node = node
        }
    }

    public let assessment: FHIStoredAssessment
    public let framework: FHIFramework
    public let stations: [StationLink]
    public let storedAt: Date
    public let language: String

    public init(assessment: FHIStoredAssessment, framework: FHIFramework, stations: [StationLink], storedAt: Date, language: String) {
        self.assessment = assessment
        self.framework = framework
        self.stations = stations
        self.storedAt = storedAt
        self.language = language
    }

    /// The names of the stations an assessment's engines read, by node id, for linking to the hub's stations:
    /// the DvNF flow stations and the water-quality stations (scored or named as stored).
    public static func stationNames(of assessment: FHIStoredAssessment) -> [(node: String, name: String)] {
        var names: [(String, String)] = []
        for outcome in assessment.result.subIndicators {
            switch outcome.detail {
            case let .deviationFromNaturalFlow(result)?: names += result.stations.map { (outcome.id, $0.station) }
            case let .waterQuality(result)?: names += result.stations.map { (outcome.id, $0.station) }
            default: break
            }
        }
        names += (assessment.document.inputs.waterQuality?.storedStations ?? []).map { ("water-quality", $0) }
        var seen: Set<String> = []
        return names.filter { seen.insert($0.1).inserted }
    }
}
