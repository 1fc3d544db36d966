import LMHubCore

/// Reads one value cell: a plain decimal number, or one censored at a limit (`<0.01`, `>2400`).
enum ValueCell {
    /// The number and its censoring, or `nil` for an empty cell (not measured).
    /// - Throws: a message for anything else: `1,5` (decimal comma), `0.5 mg/L` (unit in the cell),
    ///   `ND` without a limit, `NaN`, hexadecimal, several decimal points.
    static func parse(_ text: String) throws(CellError) -> (value: Double, censoring: Censoring)? {
        var body = Substring(text.trimmed)
        if body.isEmpty { return nil }
        var censoring = Censoring.none
        if let first = body.first, first == "<" || first == ">" {
            censoring = first == "<" ? .below : .above
            body = body.dropFirst().drop { $0 == " " }
        }
        guard let value = number(body) else {
            if isNonDetect(text) {
                throw CellError("'\(text)' is a non-detect without a detection limit; write it as <LIMIT (e.g. <0.01)")
            }
            throw CellError("expected a number, found '\(text)'")
        }
        return (value, censoring)
    }

    /// Whether `text` is a non-detect mark without its limit: `ND`, `n.d.`, `BDL`, `<DL` (any case).
    static func isNonDetect(_ text: String) -> Bool {
        ["nd", "n.d.", "bdl", "<dl"].contains(text.trimmed.lowercased())
    }

    /// A finite decimal number in plain or exponent notation, `.` as the decimal point (digits, `+`, `-`,
    /// `.`, `e`, `E` only: no `nan`, `inf`, hexadecimal or grouping commas).
    static func number<S: StringProtocol>(_ text: S) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 == 0x45 || $0 == 0x65 }),
              let value = Double(String(text)), value.isFinite
        else { return nil }
        return value
    }
}

/// A cell that could not be read, before the reader adds file, line and field.
struct CellError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
