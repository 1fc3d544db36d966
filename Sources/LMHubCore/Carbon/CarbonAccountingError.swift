/// Why a carbon account could not be made, with where: the file (`nil` for a value given on the command line or
/// through the API), the line (1-based; 0 for the file or the project as a whole) and the field.
public struct CarbonAccountingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String?
    public let line: Int
    public let field: String?
    public let message: String

    public init(file: String?, line: Int, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field 'X': message`, the form editors and terminals link to.
    public var description: String {
        let place = [file, line > 0 ? "\(line)" : nil].compactMap { $0 }.joined(separator: ":")
        let prefix = place.isEmpty ? "" : place + ": "
        return prefix + (field.map { "field '\($0)': " } ?? "") + message
    }
}
