import LMHubCore

/// Reads a raw-indicator panel in the layout of the SDR database's "Raw Data – Panel" sheet saved as CSV
/// (UTF-8): columns `id` (ISO3), `year` and one column per indicator code (`sdg1_wpc`, …), one row a
/// country-year; other columns (`Country`, `indexreg`) are ignored. It is the optional input of the trend
/// arrows (``SDGIndexCalculator/compute(_:panel:)``), which take each indicator's 2015 value from it.
///
/// The copy of the SDR 2024 panel circulating on GitHub is Latin-1 (`Türkiye`): convert it first, e.g.
/// `iconv -f latin1 -t utf-8 sdg_all.csv > panel.csv`; the reader names the line otherwise.
public enum SDRPanelFile {
    /// - Throws: ``IngestError`` naming file, line and field: `id` or `year` missing (line 1), a row of another
    ///   width than the header, a year that is not a whole number, a value that is not a number.
    public static func read(path: String) throws(IngestError) -> SDGPanel {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map(\.trimmed)
        guard let id = header.firstIndex(of: "id"), let year = header.firstIndex(of: "year") else {
            throw IngestError(file: path, line: 1, field: header.contains("id") ? "year" : "id",
                              message: "missing column: a panel has id (ISO3), year and one column per indicator code")
        }
        let indicators = header.indices.filter { header[$0].hasPrefix("sdg") }
        var values: [String: [String: [Int: Double]]] = [:]
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            let country = row.fields[id].trimmed
            guard let when = ValueCell.number(row.fields[year].trimmed), when == when.rounded(), abs(when) < 10_000 else {
                throw IngestError(file: path, line: row.line, field: "year", message: "expected a year, found '\(row.fields[year])'")
            }
            for column in indicators {
                let text = row.fields[column].trimmed
                guard !text.isEmpty else { continue }
                guard let value = ValueCell.number(text) else {
                    throw IngestError(file: path, line: row.line, field: header[column], message: "expected a number, found '\(text)'")
                }
                values[country, default: [:]][header[column], default: [:]][Int(when)] = value
            }
        }
        return SDGPanel(values: values)
    }
}
