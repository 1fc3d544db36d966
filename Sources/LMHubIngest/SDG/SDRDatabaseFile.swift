import LMHubCore

/// Reads an SDSN SDR database in the layout of its "Data" sheet saved as CSV (`SDR-2023-Data.csv`): one row a
/// country (`Country Code ISO3`, `Country`, `Regions used for the SDR`, …) and, for each indicator, its raw
/// value in the column just before its `Year: CODE` column (headed by the indicator's label), then
/// `Year: CODE`, and for most indicators `Imputation:`, `Normalized Score:`, `Dashboard Color:` and `Trend:`
/// columns. Columns are found by their headers, never by position.
///
/// Only raw values and years are read: the published scores, colours, index and ranks never enter
/// ``SDGCountryData`` (``SDRPublishedValues`` reads them for comparison). The one exception is an indicator
/// the edition marks as having no published raw value (2023: `sdg16_safe`), read from its
/// `Normalized Score: CODE` column and marked ``SDGObservation/Kind/publishedNormalisedScore``.
/// Rows whose code starts with `_` are SDSN's aggregates (regions, income groups, world) and are skipped.
public enum SDRDatabaseFile {
    /// The header of the country code, name and SDR region columns.
    public static let isoColumn = "Country Code ISO3", nameColumn = "Country", regionColumn = "Regions used for the SDR"

    /// The prefixes of the columns an indicator has besides its raw value (`Year: sdg1_wpc`, …).
    static let perIndicatorPrefixes = ["Year: ", "Imputation: ", "Normalized Score: ", "Dashboard Color: ", "Trend: "]

    /// What a database file holds.
    public struct Contents: Sendable {
        /// Countries in file order.
        public let countries: [SDGCountryData]
        /// The aggregate rows skipped (`_E_S_Asia`, `_World`, …).
        public let aggregates: [String]
        /// Indicator codes with a `Year:` column that the edition does not know: not read.
        public let unknownIndicators: [String]
    }

    /// Where an indicator's cells are.
    struct IndicatorColumns {
        let indicator: SDGIndicator
        let value: Int
        let year: Int
    }

    /// Whether `header` is the label the database prints over `indicator`'s raw values: its English name, which
    /// the database may cut (at 80 characters) and LMHub may complete or end with "…".
    static func isLabel(_ header: String, of indicator: SDGIndicator) -> Bool {
        let label = header.lowercased(), name = indicator.name.text("en").lowercased()
        guard !label.isEmpty, !perIndicatorPrefixes.contains(where: header.hasPrefix) else { return false }
        let stem = name.hasSuffix("…") ? String(name.dropLast()) : name
        return label == name || name.hasPrefix(label) || label.hasPrefix(stem)
    }

    /// Reads `path` for `edition`.
    /// - Throws: ``IngestError`` naming file, line and field: a required column missing (line 1), the column
    ///   before a `Year:` column not holding values, a row with another number of fields than the header, a
    ///   country code that is not three capital letters or not a country of the edition, a code twice, an empty region, a value or year that is
    ///   not a number, a published normalised score outside 0–100; and the CSV reader's errors (UTF-8 only).
    public static func read(path: String, edition: SDREdition) throws(IngestError) -> Contents {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map(\.trimmed)
        let at = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func column(_ name: String) throws(IngestError) -> Int {
            guard let index = at[name] else {
                throw IngestError(file: path, line: 1, field: name, message: "missing column '\(name)': not an SDR \(edition.edition) database in the layout of its Data sheet")
            }
            return index
        }
        let iso = try column(isoColumn), name = try column(nameColumn), region = try column(regionColumn)
        var columns: [IndicatorColumns] = []
        for indicator in edition.indicators {
            let year = try column("Year: \(indicator.code)")
            let value = indicator.rawValuePublished ? year - 1 : try column("Normalized Score: \(indicator.code)")
            if indicator.rawValuePublished, value < 0 || !isLabel(header[value], of: indicator) {
                throw IngestError(file: path, line: 1, field: "Year: \(indicator.code)",
                                  message: "the column before it is headed '\(value < 0 ? "" : header[value])', not the label of \(indicator.code) "
                                      + "('\(indicator.name.text("en"))'): an SDR database has each indicator's raw values just before its Year column")
            }
            columns.append(IndicatorColumns(indicator: indicator, value: value, year: year))
        }
        let known = Set(edition.indicators.map(\.code))
        let unknown = header.filter { $0.hasPrefix("Year: ") }.map { String($0.dropFirst(6)) }.filter { !known.contains($0) }
        var countries: [SDGCountryData] = [], aggregates: [String] = [], seen: [String: Int] = [:]
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            func fail(_ index: Int, _ message: String) -> IngestError {
                IngestError(file: path, line: row.line, field: header[index].isEmpty ? "column \(index + 1)" : header[index], message: message)
            }
            let code = row.fields[iso].trimmed
            if code.hasPrefix("_") {
                aggregates.append(code)
                continue
            }
            guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                throw fail(iso, "expected an ISO 3166-1 alpha-3 code (three capital letters), or an SDSN aggregate starting with '_', found '\(code)'")
            }
            if let earlier = seen[code] { throw fail(iso, "\(code) is already on line \(earlier)") }
            guard edition.members.countries.contains(code) else {
                throw fail(iso, "\(code) is not one of the \(edition.members.countries.count) countries of SDR \(edition.edition): its region and whether SDG 14 applies are unknown")
            }
            seen[code] = row.line
            let regionName = row.fields[region].trimmed
            guard !regionName.isEmpty else { throw fail(region, "empty: every country needs its SDR region, which fills its missing goals") }
            var observations: [String: SDGObservation] = [:]
            for place in columns {
                let text = row.fields[place.value].trimmed
                guard !text.isEmpty else { continue }
                guard let value = ValueCell.number(text) else {
                    throw fail(place.value, "expected a number (\(place.indicator.code)), found '\(text)'")
                }
                let yearText = row.fields[place.year].trimmed
                let year = ValueCell.number(yearText).flatMap { $0 == $0.rounded() && abs($0) < 10_000 ? Int($0) : nil }
                guard yearText.isEmpty || year != nil else { throw fail(place.year, "expected a year, found '\(yearText)'") }
                if !place.indicator.rawValuePublished, !(0...100).contains(value) {
                    throw fail(place.value, "a normalised score is 0–100, found \(text)")
                }
                observations[place.indicator.code] = SDGObservation(value: value, year: year, kind: place.indicator.rawValuePublished ? .raw : .publishedNormalisedScore)
            }
            countries.append(SDGCountryData(iso3: code, name: row.fields[name].trimmed, region: regionName, observations: observations))
        }
        return Contents(countries: countries, aggregates: aggregates, unknownIndicators: unknown)
    }
}
