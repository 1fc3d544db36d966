import Foundation
import LMHubCore

/// Reads a CCME WQI input file in the layout of the CCME calculator's data sheet as bcgov/wqbc uses it:
/// `Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units` (header names matched without regard to
/// case; one row a test, objective in the row's unit).
///
/// - A row with an empty `Value` is no test and is skipped.
/// - A value below its `DetectionLimit` is censored at the limit (`<DL`), never read as 0 or as itself;
///   it enters the index at the limit.
/// - `Units` must be a unit LMHub knows (``MeasurementUnit/init(parsing:)``) unless an explicit
///   ``UnitCorrection`` rewrites it. A wrong unit is never guessed: the CCME manual's own example writes µg/L
///   as `g/L` for Hg and lindane, which is an error until the user says `g/L=µg/L`.
/// - A row needs a `LowerLimit` or an `UpperLimit`.
public enum CCMEInputFile {
    public static let columns = ["date", "variable", "value", "detectionlimit", "lowerlimit", "upperlimit", "units"]

    /// What a CCME input file holds.
    public struct Contents: Sendable {
        public let tests: [CCMETest]
        /// The corrections applied, `LINE: VARIABLE FROM → TO`, in file order.
        public let corrected: [String]
        /// Lines repeating an earlier row's date, variable and value: read once.
        public let repeatedLines: [Int]
        /// The first and last year of the tests' dates.
        public let years: ClosedRange<String>?
    }

    /// The file's tests, in file order.
    /// - Throws: ``IngestError`` naming file, line and field; also for two `corrections` of one unit, a row
    ///   with another number of fields than the header, and two different values of one variable on one date.
    public static func read(path: String, corrections: [UnitCorrection] = []) throws(IngestError) -> Contents {
        if let clash = Dictionary(grouping: corrections, by: { "\($0.variable ?? "*"):\($0.from)" }).first(where: { $0.value.count > 1 }) {
            throw IngestError(file: "--correct-unit", line: 0, field: nil, message: "two corrections of '\(clash.key)'")
        }
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() }
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw IngestError(file: path, line: 1, field: nil, message: "not a CCME input file: columns \(missing.joined(separator: ", ")) are missing; expected Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units")
        }
        let at = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var tests: [CCMETest] = [], corrected: [String] = [], repeated: [Int] = []
        var seen: [String: (line: Int, value: String)] = [:], dates: [String] = []
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            func cell(_ name: String) -> String { at[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
            func fail(_ field: String, _ message: String) -> IngestError {
                IngestError(file: path, line: row.line, field: field, message: message)
            }
            let variable = cell("variable").trimmed
            let parsed: (value: Double, censoring: Censoring)?
            do { parsed = try ValueCell.parse(cell("value")) } catch { throw fail("Value", error.message) }
            guard let parsed else { continue }
            guard !variable.isEmpty else { throw fail("Variable", "empty") }
            guard StrictTime.parse(cell("date"), zone: .gmt) != nil else { throw fail("Date", "expected a date YYYY-MM-DD, found '\(cell("date"))'") }
            let key = cell("date").trimmed + "\u{1F}" + variable
            if let earlier = seen[key] {
                guard earlier.value == cell("value").trimmed else {
                    throw fail("Value", "\(variable) on \(cell("date").trimmed) is already \(earlier.value) (line \(earlier.line)); a test has one value")
                }
                repeated.append(row.line)
                continue
            }
            seen[key] = (row.line, cell("value").trimmed)
            dates.append(cell("date").trimmed)
            let unitText = cell("units").trimmed
            let unit: MeasurementUnit
            if let correction = corrections.first(where: { $0.applies(to: unitText, variable: variable) }) {
                corrected.append("\(row.line): \(variable) \(unitText) → \(correction.to.rawValue)")
                unit = correction.to
            } else if let parsed = MeasurementUnit(parsing: unitText) {
                unit = parsed
            } else {
                throw fail("Units", "unknown unit '\(unitText)' for \(variable); units are never guessed. If '\(unitText)' stands for another unit "
                    + "(the CCME manual's example writes µg/L as g/L), say so: --correct-unit '\(unitText)=µg/L' (or '\(variable):\(unitText)=µg/L' for this variable only)")
            }
            let lower = ValueCell.number(cell("lowerlimit").trimmed), upper = ValueCell.number(cell("upperlimit").trimmed)
            guard lower != nil || upper != nil else { throw fail("LowerLimit", "a test needs an objective: LowerLimit, UpperLimit or both") }
            if let reason = MeasuredValue(value: parsed.value, unit: unit).implausibility {
                throw fail("Value", reason)
            }
            var value = parsed.value
            if parsed.censoring == .none, let limit = ValueCell.number(cell("detectionlimit").trimmed), value < limit { value = limit }
            tests.append(CCMETest(variable: variable, value: value, lower: lower, upper: upper))
        }
        let years = dates.map { String($0.prefix(4)) }
        return Contents(tests: tests, corrected: corrected, repeatedLines: repeated,
                        years: years.min().flatMap { first in years.max().map { first...$0 } })
    }
}

/// An explicit rewrite of a unit as written in a file: `g/L=µg/L` for every variable, `Hg:g/L=µg/L` for one.
/// The values are not rescaled: the file's numbers were written in the corrected unit all along.
public struct UnitCorrection: Sendable, Hashable {
    public let variable: String?
    public let from: String
    public let to: MeasurementUnit

    /// - Throws: a message when the text is not `[VARIABLE:]FROM=TO` with a known `TO`.
    public init(parsing text: String) throws(IngestError) {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        let source = parts.first?.split(separator: ":", maxSplits: 1).map { String($0).trimmed } ?? []
        guard parts.count == 2, let fromText = source.last, !fromText.isEmpty, let to = MeasurementUnit(parsing: parts[1]) else {
            throw IngestError(file: "--correct-unit", line: 0, field: nil, message: "expected [VARIABLE:]FROM=TO with a known unit TO (e.g. g/L=µg/L), found '\(text)'")
        }
        variable = source.count == 2 ? source[0] : nil
        from = fromText
        self.to = to
    }

    func applies(to unit: String, variable name: String) -> Bool {
        unit == from && (variable.map { $0 == name } ?? true)
    }
}
