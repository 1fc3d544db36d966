import LMHubCore

/// A header row's column names, for errors that name a field: the CSV reader knows columns only by position.
struct HeaderNames {
    let names: [String]

    /// The error with a positional field (`column 4`) named by its header (`value`).
    func naming(_ error: IngestError) -> IngestError {
        guard let field = error.field, field.hasPrefix("column "), let position = Int(field.dropFirst(7)),
              position >= 1, position <= names.count else { return error }
        return IngestError(file: error.file, line: error.line, field: names[position - 1].trimmed, message: error.message, isStructural: error.isStructural)
    }

    /// The error for a row of `count` fields where the header has more or fewer: it names the first missing
    /// column, or the first column past the header.
    func widthError(file: String, line: Int, count: Int) -> IngestError {
        let field = count < names.count ? names[count].trimmed : "column \(names.count + 1)"
        return IngestError(file: file, line: line, field: field, message: "expected \(names.count) fields as in the header, found \(count)")
    }

    /// An error when two columns carry the same name (ignoring case and spaces): which one holds the values
    /// would be a guess.
    func duplicate(file: String) -> IngestError? {
        var seen: Set<String> = []
        for name in names.map({ $0.trimmed.lowercased() }) where !name.isEmpty {
            guard seen.insert(name).inserted else {
                return IngestError(file: file, line: 1, field: name, message: "the header names '\(name)' twice; which column holds the values would be a guess")
            }
        }
        return nil
    }
}
