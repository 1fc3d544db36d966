import LMHubCore

/// Reads monthly or daily regulated and unregulated flows for the DvNF, LMHub's long layout:
/// `station,month,regulated,unregulated` (header names trimmed, case ignored, other columns ignored).
///
/// - `month` is `YYYY-MM` (a monthly mean) or `YYYY-MM-DD` (a daily mean; a station's daily rows are averaged
///   to months under ``MonthCompleteness``). A month given both ways, or twice, is an error.
/// - A flow cell that is empty (or `NA`) is missing — never 0; a negative flow is an error; any unit will do,
///   the same for both columns of a station.
/// - Stations are reported in the order they first appear.
public enum DvNFFlowsFile {
    public static let layout = "station,month,regulated,unregulated"

    /// One station's flows.
    public struct Station: Sendable, Hashable {
        public let name: String
        /// Monthly means, given or from daily rows, in month order.
        public let months: [MonthlyFlow]
        /// Months whose daily rows were too few for a mean.
        public let incompleteMonths: [IncompleteMonth]
        /// How many daily rows the station had.
        public let dailyRows: Int
    }

    /// - Throws: ``IngestError`` naming file, line and field: a missing column, an empty station, a month that
    ///   is not `YYYY-MM` or `YYYY-MM-DD` (or names no real day), a flow that is not a number or is negative,
    ///   a month or day given twice, flows too large for the AAPFD (a station's sum of squared flows not finite), a month given both as a monthly and as daily rows.
    public static func read(path: String, completeness: MonthCompleteness = MonthCompleteness()) throws(IngestError) -> [Station] {
        var csv = try CSVReader(path: path)
        let columns = try FHICSVColumns(&csv, file: path, required: ["station", "month", "regulated", "unregulated"], layout: layout)
        var order: [String] = []
        var monthly: [String: [YearMonth: (flow: MonthlyFlow, line: Int)]] = [:]
        var daily: [String: [String: (flow: DailyFlow, line: Int)]] = [:]
        var dailyMonths: [String: [YearMonth: Int]] = [:]
        var squares: [String: Double] = [:]
        while let row = try csv.next() {
            let station = columns.cell("station", row)
            guard !station.isEmpty else { throw columns.error(row, "station", "empty: every row names its station") }
            let text = columns.cell("month", row)
            guard let (month, day) = parseMonth(text) else {
                throw columns.error(row, "month", "unknown month '\(text)': expected YYYY-MM (monthly mean) or YYYY-MM-DD (daily mean)")
            }
            let regulated = try columns.number("regulated", row, what: "the regulated flow")
            let unregulated = try columns.number("unregulated", row, what: "the unregulated flow")
            for (column, value) in [("regulated", regulated), ("unregulated", unregulated)] where (value ?? 0) < 0 {
                throw columns.error(row, column, "a flow is ≥ 0, found \(value ?? 0)")
            }
            for (column, value) in [("regulated", regulated), ("unregulated", unregulated)] {
                squares[station, default: 0] += (value ?? 0) * (value ?? 0)
                guard squares[station, default: 0].isFinite else {
                    throw columns.error(row, column, "\(station)'s flows overflow here (the sum of their squares, which the AAPFD needs, is not finite); give the flows in a larger unit")
                }
            }
            if monthly[station] == nil, daily[station] == nil { order.append(station) }
            if let day {
                if let earlier = monthly[station]?[month] {
                    throw columns.error(row, "month", "\(station) \(month) is already given as a monthly mean on line \(earlier.line); give a month as daily rows or as one monthly row")
                }
                if let earlier = daily[station]?[text] {
                    throw columns.error(row, "month", "\(station) \(text) is already given on line \(earlier.line)")
                }
                daily[station, default: [:]][text] = (DailyFlow(month: month, day: day, regulated: regulated, unregulated: unregulated), row.line)
                dailyMonths[station, default: [:]][month] = dailyMonths[station]?[month] ?? row.line
            } else {
                if let earlier = monthly[station]?[month] {
                    throw columns.error(row, "month", "\(station) \(month) is already given on line \(earlier.line)")
                }
                if let earlier = dailyMonths[station]?[month] {
                    throw columns.error(row, "month", "\(station) \(month) already has daily rows (line \(earlier)); give a month as daily rows or as one monthly row")
                }
                monthly[station, default: [:]][month] = (MonthlyFlow(month: month, regulated: regulated, unregulated: unregulated), row.line)
            }
        }
        return order.map { name in
            let days = (daily[name] ?? [:]).values.map(\.flow)
            let averaged = MonthlyFlows.average(days, completeness: completeness)
            let months = (monthly[name] ?? [:]).values.map(\.flow) + averaged.months
            return Station(name: name, months: months.sorted { $0.month < $1.month }, incompleteMonths: averaged.incomplete, dailyRows: days.count)
        }
    }

    /// `YYYY-MM` → (month, nil); `YYYY-MM-DD` → (month, day) for a real day; else `nil`.
    static func parseMonth(_ text: String) -> (YearMonth, Int?)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let monthNumber = Int(parts[1]), let month = YearMonth(year: year, month: monthNumber)
        else { return nil }
        guard parts.count == 3 else { return (month, nil) }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...month.dayCount).contains(day) else { return nil }
        return (month, day)
    }
}
