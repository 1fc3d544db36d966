/// Amended Annual Proportional Flow Deviation as Conservation International's FHI tools define it
/// (FHI tool page Deviation from Natural Flow; FHI Toolbox 1.1 `Station.Compute`), after Ladson & White (1999):
///
///     AAPFD = (1/p) Σ_{j=1..p} √( Σ_{i=1..12} ((m_ij − n_ij) / n̄_i)² )
///
/// m_ij, n_ij: regulated and natural (unregulated) mean flow of month i in year j; n̄_i: mean natural flow of
/// month-of-year i over the p years (CI's normalisation; Ladson & White divide by year j's mean instead).
///
/// Rules LMHub adds where the CI tools fail silently:
/// - only complete years enter (all 12 months with both flows); a year with a missing month is left out and
///   listed, never filled with zeros (the Toolbox reads a missing month as 0 and ends with a DvNF of 0);
/// - a month-of-year whose mean natural flow is 0 (an ephemeral stream) is left out of every year's sum and
///   listed, never divided by;
/// - years run from `yearStartMonth` (1: calendar years; 10: water years October–September); partial first
///   and last years are incomplete years.
public enum AAPFD {
    /// - Parameters:
    ///   - months: one entry a month (a later one for the same month replaces an earlier one), any order.
    ///   - yearStartMonth: 1–12, the first month of a year.
    public static func compute(_ months: [MonthlyFlow], yearStartMonth: Int = 1) -> AAPFDResult {
        let start = (1...12).contains(yearStartMonth) ? yearStartMonth : 1
        let byMonth = Dictionary(months.map { ($0.month, $0) }, uniquingKeysWith: { _, later in later })
        guard let first = byMonth.keys.min(), let last = byMonth.keys.max() else {
            return AAPFDResult(yearStartMonth: start, years: [], aapfd: nil, excludedYears: [], zeroNaturalMonths: [],
                               meanRegulated: nil, meanUnregulated: nil, notes: ["not assessed: no monthly flows"])
        }
        var complete: [(start: YearMonth, flows: [(m: Double, n: Double)])] = [], excluded: [AAPFDResult.ExcludedYear] = []
        var yearStart = first.yearStart(startMonth: start)
        while yearStart <= last {
            let calendar = (0..<12).map { yearStart.adding(months: $0) }
            let flows = calendar.map { month in byMonth[month].flatMap { f in f.regulated.flatMap { m in f.unregulated.map { (m: m, n: $0) } } } }
            let missing = zip(calendar, flows).filter { $0.1 == nil }.map(\.0)
            if missing.isEmpty {
                complete.append((yearStart, flows.compactMap { $0 }))
            } else {
                excluded.append(AAPFDResult.ExcludedYear(label: AAPFDResult.label(yearStart), firstMonth: yearStart, missingMonths: missing))
            }
            yearStart = yearStart.adding(months: 12)
        }
        var notes: [String] = []
        if !excluded.isEmpty {
            notes.append("\(excluded.count) incomplete year\(excluded.count == 1 ? "" : "s") left out (a missing month is never read as 0): "
                + excluded.map { "\($0.label) (\($0.missingMonths.count) month\($0.missingMonths.count == 1 ? "" : "s") missing)" }.joined(separator: ", "))
        }
        guard !complete.isEmpty else {
            notes.append("not assessed: no complete year of paired regulated and unregulated monthly flows")
            return AAPFDResult(yearStartMonth: start, years: [], aapfd: nil, excludedYears: excluded, zeroNaturalMonths: [],
                               meanRegulated: nil, meanUnregulated: nil, notes: notes)
        }
        let p = Double(complete.count)
        // Position k of a year holds calendar month (start + k − 1) mod 12 + 1.
        let naturalMeans = (0..<12).map { k in complete.reduce(0) { $0 + $1.flows[k].n } / p }
        let zeroPositions = (0..<12).filter { !(naturalMeans[$0] > 0) }
        let zeroMonths = zeroPositions.map { ($0 + start - 1) % 12 + 1 }.sorted()
        if !zeroMonths.isEmpty {
            notes.append("month\(zeroMonths.count == 1 ? "" : "s") \(zeroMonths.map(String.init).joined(separator: ", ")) of the year "
                + "\(zeroMonths.count == 1 ? "has" : "have") a mean natural flow of 0: left out of every year's deviation (not divided by)")
        }
        let years = complete.map { year in
            let sum = (0..<12).filter { !zeroPositions.contains($0) }.reduce(0.0) { total, k in
                let deviation = (year.flows[k].m - year.flows[k].n) / naturalMeans[k]
                return total + deviation * deviation
            }
            return AAPFDResult.Year(label: AAPFDResult.label(year.start), firstMonth: year.start, aapfd: sum.squareRoot())
        }
        let all = complete.flatMap(\.flows)
        let aapfd = years.reduce(0) { $0 + $1.aapfd } / p
        if !aapfd.isFinite { notes.append("not assessed: the deviations overflow (not finite); give the flows in a larger unit") }
        return AAPFDResult(yearStartMonth: start, years: years, aapfd: aapfd.isFinite ? aapfd : nil,
                           excludedYears: excluded, zeroNaturalMonths: zeroMonths,
                           meanRegulated: all.reduce(0) { $0 + $1.m } / Double(all.count),
                           meanUnregulated: all.reduce(0) { $0 + $1.n } / Double(all.count), notes: notes)
    }
}

/// The AAPFD of one station: per year and over all complete years.
public struct AAPFDResult: Sendable, Hashable, Codable {
    /// 1: calendar years; otherwise the month water years start in.
    public let yearStartMonth: Int
    /// The complete years, in order.
    public let years: [Year]
    /// The mean of the years' AAPFD ("net AAPFD"); `nil` without a complete year.
    public let aapfd: Double?
    public let excludedYears: [ExcludedYear]
    /// Months of the year (1–12) whose mean natural flow is 0, left out of the sums.
    public let zeroNaturalMonths: [Int]
    /// The mean regulated and natural monthly flow over the complete years (the Toolbox weights stations by
    /// the regulated one).
    public let meanRegulated: Double?
    public let meanUnregulated: Double?
    public let notes: [String]

    public struct Year: Sendable, Hashable, Codable {
        /// `1986` for a calendar year, `1986/87` for a water year starting in 1986.
        public let label: String
        public let firstMonth: YearMonth
        public let aapfd: Double
    }

    public struct ExcludedYear: Sendable, Hashable, Codable {
        public let label: String
        public let firstMonth: YearMonth
        public let missingMonths: [YearMonth]
    }

    static func label(_ start: YearMonth) -> String {
        start.month == 1 ? "\(start.year)" : "\(start.year)/" + String(String(start.year + 1).suffix(2))
    }
}
