import Foundation

/// One edition of the SDSN Sustainable Development Report's SDG Index and Dashboards as data
/// (`Resources/sdg/sdr-<year>.json`): its indicators with bounds and thresholds, the method's constants,
/// and each method step with how it was established. ``SDGIndexCalculator`` computes with it.
public struct SDREdition: Sendable, Codable {
    /// `sdr-2023`: the ``IndexDefinition/id`` of the SDG Index and the `index` of its ``IndexResult``s.
    public let id: String
    /// The report's year.
    public let edition: Int
    public let title: LocalizedText
    public let source: String
    /// One line for pages and exports to show wherever these data appear.
    public let attribution: String
    /// The terms the database is used under, as far as known.
    public let licence: String
    /// `false`: bounds and thresholds are derived from the published database, not read in an SDSN table.
    public let verified: Bool
    public let goals: [Goal]
    public let colours: [ColourName]
    public let trendArrows: [ArrowName]
    /// The countries of the edition's database (ISO 3166-1 alpha-3): a file naming another is refused, since
    /// its landlocked status and region are unknown to the edition.
    public let members: CountryList
    public let landlocked: CountryList
    public let inclusion: Inclusion
    public let alternatives: [Alternative]
    public let dashboard: Dashboard
    public let trend: TrendRule
    public let steps: [SDGMethodStep]
    public let indicators: [SDGIndicator]

    /// The bundled edition (`sdr-2023`).
    /// - Throws: ``StandardFileError`` when the file is missing or malformed, or its constants contradict
    ///   themselves (bounds equal, thresholds out of order, a goal outside 1–17, a step or indicator missing).
    public static func bundled(_ id: String = "sdr-2023") throws -> SDREdition {
        let file = "sdg/\(id).json"
        guard let url = Bundle.module.url(forResource: id, withExtension: "json", subdirectory: "sdg") else {
            throw StandardFileError(file: file, underlying: "missing from the bundle")
        }
        let edition: SDREdition
        do {
            edition = try JSONDecoder().decode(SDREdition.self, from: Data(contentsOf: url))
        } catch {
            throw StandardFileError(file: file, underlying: String(describing: error))
        }
        if let problem = edition.inconsistency { throw StandardFileError(file: file, underlying: problem) }
        return edition
    }

    /// The bundled copy of the edition's database ("Data" sheet as CSV), `Resources/sdg/SDR-<year>-Data.csv`;
    /// read it with LMHubIngest's `SDRDatabaseFile`.
    public var bundledDatabase: URL? {
        Bundle.module.url(forResource: "SDR-\(edition)-Data", withExtension: "csv", subdirectory: "sdg")
    }

    /// The bundled extract of the SDR 2024 raw-data panel for the six Lancang-Mekong countries,
    /// `Resources/sdg/SDR-2024-raw-panel-mekong6.csv`, whose 2015 values give their trend arrows; read it with
    /// LMHubIngest's `SDRPanelFile`.
    public var bundledPanel: URL? {
        Bundle.module.url(forResource: "SDR-2024-raw-panel-mekong6", withExtension: "csv", subdirectory: "sdg")
    }

    /// The SDG Index as a registry entry: scale 0–100, no bands (the dashboards colour goals, not the index).
    public var definition: IndexDefinition {
        IndexDefinition(id: id, shortName: "SDG Index", title: title, scale: 0...100, source: source, verified: verified)
    }

    public func indicator(_ code: String) -> SDGIndicator? { indicators.first { $0.code == code } }

    public func step(_ id: SDGStep) -> SDGMethodStep? { steps.first { $0.id == id } }

    public func goalName(_ goal: Int) -> LocalizedText? { goals.first { $0.goal == goal }?.name }

    public func colourName(_ colour: SDGColour) -> LocalizedText? { colours.first { $0.colour == colour }?.name }

    public func arrowName(_ arrow: SDGTrendArrow) -> LocalizedText? { trendArrows.first { $0.arrow == arrow }?.name }

    /// `steps` without those the data marks verified, in the method's order: what a result resting on them flags.
    func unverified(_ steps: Set<SDGStep>) -> [SDGStep] {
        SDGStep.allCases.filter { steps.contains($0) && step($0)?.status != .verified }
    }

    /// What is wrong with the file's constants, if anything.
    var inconsistency: String? {
        if let missing = SDGStep.allCases.first(where: { step($0) == nil }) { return "no step '\(missing.rawValue)'" }
        if goals.map(\.goal) != Array(1...17) { return "goals must be 1 to 17 in order" }
        if Set(indicators.map(\.code)).count != indicators.count { return "an indicator code appears twice" }
        for indicator in indicators {
            if !(1...17).contains(indicator.goal) { return "\(indicator.code): goal \(indicator.goal) is not 1–17" }
            if indicator.scope == .global, indicator.normalisedScore(0) == nil { return "\(indicator.code): a global indicator needs two different bounds" }
            if let problem = thresholdOrder(indicator) { return "\(indicator.code): \(problem)" }
        }
        for alternative in alternatives where alternative.codes.contains(where: { indicator($0) == nil }) {
            return "alternative \(alternative.codes.joined(separator: "/")) names an unknown indicator"
        }
        return nil
    }

    private func thresholdOrder(_ indicator: SDGIndicator) -> String? {
        guard let green = indicator.greenThreshold, let middle = indicator.yellowOrangeThreshold, let red = indicator.redThreshold else { return nil }
        guard let higher = indicator.higherIsBetter else { return "no direction: bounds and thresholds are equal" }
        let sign: Double = higher ? 1 : -1
        return sign * green >= sign * middle && sign * middle >= sign * red ? nil : "thresholds green \(green), yellow/orange \(middle), red \(red) are out of order"
    }
}
