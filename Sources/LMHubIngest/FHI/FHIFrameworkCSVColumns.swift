import LMHubCore

/// The columns of an FHI input file found by their header names (trimmed, case ignored), and its cells read
/// with file, line and field in every error.
struct FHICSVColumns {
    let file: String
    private let position: [String: Int]
    private let header: [String]

    /// Reads the header from `csv` and checks that `required` columns are there; other columns are ignored.
    /// - Throws: ``IngestError`` (line 1) naming the missing columns and the layout expected.
    init(_ csv: inout CSVReader, file: String, required: [String], layout: String) throws(IngestError) {
        self.file = file
        guard let first = try csv.next() else {
            throw IngestError(file: file, line: 0, field: nil, message: "the file is empty; expected the header \(layout)")
        }
        header = first.fields.map { $0.trimmed }
        let lowered = header.map { $0.lowercased() }
        position = Dictionary(lowered.enumerated().map { ($1, $0) }, uniquingKeysWith: { earlier, _ in earlier })
        let missing = required.filter { position[$0] == nil }
        guard missing.isEmpty else {
            throw IngestError(file: file, line: first.line, field: nil,
                              message: "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); expected the header \(layout)")
        }
    }

    /// The trimmed cell of `column` in `row` ("" where the row is shorter).
    func cell(_ column: String, _ row: CSVRecord) -> String {
        guard let index = position[column], index < row.fields.count else { return "" }
        return row.fields[index].trimmed
    }

    func error(_ row: CSVRecord, _ column: String, _ message: String) -> IngestError {
        IngestError(file: file, line: row.line, field: position[column].map { header[$0] } ?? column, message: message)
    }

    /// The number in `column`; `nil` for an empty cell (or `NA`).
    /// - Throws: ``IngestError`` naming `what` for anything but a finite decimal number.
    func number(_ column: String, _ row: CSVRecord, what: String) throws(IngestError) -> Double? {
        let text = cell(column, row)
        if text.isEmpty || text.uppercased() == "NA" { return nil }
        guard let value = ValueCell.number(text) else {
            throw error(row, column, "expected a number (\(what)), found '\(text)'")
        }
        return value
    }
}
