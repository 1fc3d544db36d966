import LMHubCore

/// The values an SDR database publishes beside the raw data, read to compare LMHub's results with them
/// (tests, pages showing "published" next to "computed"); never an input of ``SDGIndexCalculator``.
/// Columns by header: `<year> SDG Index Score`, `<year> SDG Index Rank`, `Percentage missing values`,
/// `Goal N Score`, `Goal N Dash`, `Goal N Trend`, and per indicator `Normalized Score:`, `Dashboard Color:`,
/// `Trend:` (absent columns give no values). Aggregate rows (`_…`) are skipped.
public struct SDRPublishedValues: Sendable {
    public struct Country: Sendable, Hashable {
        public let iso3: String
        /// One decimal, as published; `nil` for a country without index.
        public let index: Double?
        public let rank: Int?
        /// Percent (0–100).
        public let missingShare: Double?
        /// By goal (1–17).
        public let goalScores: [Int: Double]
        public let goalColours: [Int: SDGColour]
        public let goalTrends: [Int: SDGTrendArrow]
        /// By indicator code.
        public let normalisedScores: [String: Double]
        public let colours: [String: SDGColour]
        public let trends: [String: SDGTrendArrow]
    }

    /// By ISO3.
    public let countries: [String: Country]

    /// - Throws: ``IngestError`` naming file, line and field for a cell that is not a number, a colour
    ///   (`green`, `yellow`, `orange`, `red`, `grey`) or an arrow (↑ ➚ → ↓) where one is expected, a row of
    ///   another width than the header, or a missing `Country Code ISO3` column.
    public static func read(path: String, edition: SDREdition) throws(IngestError) -> SDRPublishedValues {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map(\.trimmed)
        let at = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let iso = at[SDRDatabaseFile.isoColumn] else {
            throw IngestError(file: path, line: 1, field: SDRDatabaseFile.isoColumn, message: "missing column '\(SDRDatabaseFile.isoColumn)'")
        }
        let goals = Array(1...17), codes = edition.indicators.map(\.code)
        var countries: [String: Country] = [:]
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            let code = row.fields[iso].trimmed
            if code.hasPrefix("_") { continue }
            func cell<T>(_ name: String, _ parse: (String) -> T?, _ expected: String) throws(IngestError) -> T? {
                guard let index = at[name] else { return nil }
                let text = row.fields[index].trimmed
                guard !text.isEmpty else { return nil }
                guard let value = parse(text) else {
                    throw IngestError(file: path, line: row.line, field: name, message: "expected \(expected), found '\(text)'")
                }
                return value
            }
            func number(_ name: String) throws(IngestError) -> Double? { try cell(name, { ValueCell.number($0) }, "a number") }
            func colour(_ name: String) throws(IngestError) -> SDGColour? { try cell(name, SDGColour.init(rawValue:), "a colour") }
            func arrow(_ name: String) throws(IngestError) -> SDGTrendArrow? { try cell(name, SDGTrendArrow.init(rawValue:), "an arrow ↑ ➚ → ↓") }
            var goalScores: [Int: Double] = [:], goalColours: [Int: SDGColour] = [:], goalTrends: [Int: SDGTrendArrow] = [:]
            for goal in goals {
                goalScores[goal] = try number("Goal \(goal) Score")
                goalColours[goal] = try colour("Goal \(goal) Dash")
                goalTrends[goal] = try arrow("Goal \(goal) Trend")
            }
            var scores: [String: Double] = [:], colours: [String: SDGColour] = [:], trends: [String: SDGTrendArrow] = [:]
            for indicator in codes {
                scores[indicator] = try number("Normalized Score: \(indicator)")
                colours[indicator] = try colour("Dashboard Color: \(indicator)")
                trends[indicator] = try arrow("Trend: \(indicator)")
            }
            let rank = try number("\(edition.edition) SDG Index Rank")
            countries[code] = Country(
                iso3: code, index: try number("\(edition.edition) SDG Index Score"), rank: rank.map { Int($0) },
                missingShare: try number("Percentage missing values"), goalScores: goalScores, goalColours: goalColours,
                goalTrends: goalTrends, normalisedScores: scores, colours: colours, trends: trends)
        }
        return SDRPublishedValues(countries: countries)
    }
}
