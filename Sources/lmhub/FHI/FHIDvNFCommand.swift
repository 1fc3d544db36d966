import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct FHIDvNFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dvnf",
        abstract: "Deviation from Natural Flow: AAPFD and DvNF per station and for the basin from regulated and unregulated flows.",
        discussion: """
        FLOWS is long: station,month,regulated,unregulated, month as YYYY-MM (a monthly mean) or YYYY-MM-DD \
        (a daily mean; daily rows are averaged to months over the days with both flows, a month counting only when \
        at least --min-day-share of its days have both). An empty flow is missing, never 0. Only complete years \
        (12 months with both flows) enter the AAPFD; years start in --year-start (1: calendar years; 10: water \
        years October–September). AAPFD is normalised by the month-of-year mean natural flow, as Conservation \
        International's FHI tools do; the score keeps their step at AAPFD 0.5 (60 → 70). The basin value weights \
        the station scores by each station's mean regulated flow (as the FHI Toolbox does) unless --weighting says.
        csv: station,years,aapfd,dvnf — one row a station (years = complete years), then the row 'basin' with the \
        basin's DvNF. json: everything, per-year AAPFD included.
        """
    )

    enum Weighting: String, ExpressibleByArgument, CaseIterable { case regulated, unregulated, equal, area }

    @Argument(help: "The flows file (station,month,regulated,unregulated).") var file: String
    @Option(help: "Output: table, csv or json.") var format: FHIOutputFormat = .table
    @Option(help: "First month of a year: 1 = calendar years, 10 = water years October–September.") var yearStart = 1
    @Option(help: "Basin weights: regulated (mean regulated flow, the Toolbox's), unregulated, equal, or area (with --area).")
    var weighting: Weighting = .regulated
    @Option(help: "A station's area for --weighting area, as STATION=AREA (repeatable).") var area: [String] = []
    @Option(help: "Share of a month's days (0–1) that need both daily flows for a monthly mean.") var minDayShare = 1.0

    func validate() throws {
        guard (1...12).contains(yearStart) else { throw ValidationError("--year-start is a month, 1–12") }
        guard (0...1).contains(minDayShare), minDayShare > 0 else { throw ValidationError("--min-day-share is a share above 0 and at most 1") }
        if !area.isEmpty, weighting != .area { throw ValidationError("--area is for --weighting area") }
    }

    func run() throws {
        let stations = try DvNFFlowsFile.read(path: file, completeness: MonthCompleteness(minimumShare: minDayShare))
        guard !stations.isEmpty else { throw CommandFailed(message: "\(file) holds no flows") }
        if format == .csv, stations.contains(where: { $0.name == "basin" }) {
            throw CommandFailed(message: "a station is named 'basin', which the csv output gives the basin's row; rename it")
        }
        for station in stations where !station.incompleteMonths.isEmpty {
            FHIOutput.note("\(station.name): \(station.incompleteMonths.count) month(s) of daily flows too incomplete for a mean: "
                + station.incompleteMonths.prefix(12).map { "\($0.month) (\($0.pairedDays)/\($0.requiredDays) days)" }.joined(separator: ", "))
        }
        let result = try DvNF.bundled().assess(stations.map { ($0.name, $0.months) }, yearStartMonth: yearStart, weighting: try weights())
        switch format {
        case .json:
            try FHIOutput.printJSON(FHIDvNFDocument(result: result, stations: stations, yearStartMonth: yearStart, minimumDayShare: minDayShare))
        case .csv:
            var text = CSVWriter.line(["station", "years", "aapfd", "dvnf"])
            for station in result.stations {
                text += CSVWriter.line([station.station, "\(station.aapfd.years.count)", FHIOutput.csv(station.aapfd.aapfd), FHIOutput.csv(station.dvnf)])
            }
            text += CSVWriter.line(["basin", "", "", FHIOutput.csv(result.value)])
            print(text, terminator: "")
            result.notes.forEach(FHIOutput.note)
        case .table:
            print("DvNF of the basin \(FHIOutput.table(result.value)) (stations weighted by \(result.weighting); "
                + (yearStart == 1 ? "calendar years" : "years from month \(yearStart)") + ")")
            let width = max(8, (result.stations.map(\.station.count).max() ?? 0) + 2)
            print(FHIOutput.pad("station", width) + "years  AAPFD      DvNF    weight")
            for station in result.stations {
                print(FHIOutput.pad(station.station, width) + FHIOutput.pad("\(station.aapfd.years.count)", 7)
                    + FHIOutput.pad(FHIOutput.table(station.aapfd.aapfd, 5), 11) + FHIOutput.pad(FHIOutput.table(station.dvnf), 8)
                    + FHIOutput.table(station.weight, 4))
            }
            result.notes.forEach { print("note: \($0)") }
        }
    }

    func weights() throws -> DvNFWeighting {
        switch weighting {
        case .regulated: return .regulatedMean
        case .unregulated: return .unregulatedMean
        case .equal: return .equal
        case .area:
            var areas: [String: Double] = [:]
            for entry in area {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value > 0 else {
                    throw ValidationError("--area is STATION=AREA with a positive area, found '\(entry)'")
                }
                areas[parts[0]] = value
            }
            return .area(areas)
        }
    }
}

/// `lmhub fhi dvnf --format json`: the basin value, its weighting and notes, and per station the AAPFD per
/// year (`aapfd.years`), the years left out, the DvNF and its share, and the months of daily flows too
/// incomplete for a mean.
struct FHIDvNFDocument: Encodable {
    let value: Double?
    let weighting: String
    let yearStartMonth: Int
    let minimumDayShare: Double
    let stations: [Station]
    let notes: [String]
    let source: String
    let verified: Bool

    struct Station: Encodable {
        let station: String
        let dvnf: Double?
        let weight: Double?
        let aapfd: AAPFDResult
        let incompleteMonths: [IncompleteMonth]
        let dailyRows: Int
    }

    init(result: DvNFResult, stations: [DvNFFlowsFile.Station], yearStartMonth: Int, minimumDayShare: Double) {
        let files = Dictionary(stations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        value = result.value
        weighting = result.weighting
        self.yearStartMonth = yearStartMonth
        self.minimumDayShare = minimumDayShare
        self.stations = result.stations.map {
            Station(station: $0.station, dvnf: $0.dvnf, weight: $0.weight, aapfd: $0.aapfd,
                    incompleteMonths: files[$0.station]?.incompleteMonths ?? [], dailyRows: files[$0.station]?.dailyRows ?? 0)
        }
        notes = result.notes
        source = result.source
        verified = result.verified
    }
}
