/// A problem in an input file (in Core, so that the store can name the file row it refuses), with where it is: file, line (1-based; 0 for the file as a whole) and field.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// The column's header name, or `column N` where there is none.
    public let field: String?
    public let message: String
    /// `true` when the file's structure is broken (an unclosed quote, bytes that are not UTF-8), so that no
    /// later row can be trusted; `false` for a bad value in an otherwise sound row.
    public let isStructural: Bool

    /// - Parameter message: cut in the middle past ``longestMessage`` characters, so that quoting a huge cell
    ///   (a 1 MB value) still gives a readable error.
    public init(file: String, line: Int, field: String?, message: String, isStructural: Bool = false) {
        self.file = file
        self.line = line
        self.field = field.map { $0.count > 200 ? String($0.prefix(200)) + "…" : $0 }
        self.message = message.count > Self.longestMessage
            ? "\(message.prefix(Self.longestMessage / 2))… (\(message.count - Self.longestMessage) characters cut) …\(message.suffix(Self.longestMessage / 4))"
            : message
        self.isStructural = isStructural
    }

    /// The longest message kept whole, in characters.
    public static let longestMessage = 800

    /// `file:line: field 'X': message`, the form editors and terminals link to.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return field.map { "\(place): field '\($0)': \(message)" } ?? "\(place): \(message)"
    }
}
