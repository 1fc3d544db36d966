/// A problem in an input file, with where it is: file, line (1-based; 0 for the file as a whole) and field.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// The column's header name, or `column N` where there is none.
    public let field: String?
    public let message: String
    /// `true` when the file's structure is broken (an unclosed quote, bytes that are not UTF-8), so that no
    /// later row can be trusted; `false` for a bad value in an otherwise sound row.
    public let isStructural: Bool

    public init(file: String, line: Int, field: String?, message: String, isStructural: Bool = false) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.isStructural = isStructural
    }

    /// `file:line: field 'X': message`, the form editors and terminals link to.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return field.map { "\(place): field '\($0)': \(message)" } ?? "\(place): \(message)"
    }
}
