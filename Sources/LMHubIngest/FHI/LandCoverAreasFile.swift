import LMHubCore

/// Reads a land-cover class-area table, `code,area` (header names trimmed, case ignored, other columns such as a
/// class name ignored): one row per ESA CCI class code with its area in the basin, sub-basin or river buffer
/// (km², hectares or pixel counts: one unit for the whole file). A table a GIS writes from a land-cover raster
/// clipped to the basin ("zonal histogram").
public enum LandCoverAreasFile {
    public static let layout = "code,area"

    /// - Throws: ``IngestError`` naming file, line and field: a missing column, a code that is not a whole
    ///   number, an area that is not a number ≥ 0, a code given twice.
    public static func read(path: String) throws(IngestError) -> [LandCoverArea] {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() }
        guard let code = header.firstIndex(of: "code"), let area = header.firstIndex(of: "area") else {
            throw IngestError(file: path, line: 1, field: nil, message: "expected the columns \(layout); found \(header.joined(separator: ","))")
        }
        var rows: [LandCoverArea] = [], lines: [Int: Int] = [:]
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            guard let value = Int(row.fields[code].trimmed) else {
                throw IngestError(file: path, line: row.line, field: "code", message: "expected a class code (a whole number), found '\(row.fields[code])'")
            }
            guard let size = ValueCell.number(row.fields[area].trimmed), size >= 0 else {
                throw IngestError(file: path, line: row.line, field: "area", message: "expected an area ≥ 0, found '\(row.fields[area])'")
            }
            if let earlier = lines[value] {
                throw IngestError(file: path, line: row.line, field: "code", message: "class \(value) is already on line \(earlier)")
            }
            lines[value] = row.line
            rows.append(LandCoverArea(code: value, area: size))
        }
        return rows
    }
}
