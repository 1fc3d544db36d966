import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct AQI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aqi",
        abstract: "Compute the air quality index of an hourly air file under a scheme (no database needed).",
        discussion: """
        The file is an AirNow / US State Department export (Site,Parameter,Date (LT),…,QC Name) or a long file \
        station,time,pollutant,value,unit (µg/m³, mg/m³, ppb, ppm). Schemes: \(AQI.schemeList). A series id picks \
        the version in force hour by hour (us-epa: the 2012 PM2.5 table before 2024-05-06, the 2024 one after).
        csv columns: time,station,pollutant,concentration,nowcast,aqi,category — one row an hour and pollutant (the \
        hour's mean in µg/m³ — ppb and ppm converted at 25 °C, 1 atm —, the NowCast where the scheme uses one, the \
        pollutant's sub-index and its category; hours without any data are left out), and with \
        several pollutants a row 'AQI' with the hour's index; time in ISO 8601 with the station's offset; empty \
        cells where undefined.
        """
    )

    static var schemeList: String { ((try? AQISchemeCatalog.bundled().schemes.keys.sorted()) ?? []).joined(separator: ", ") }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case csv, table }
    enum Resolution: String, ExpressibleByArgument, CaseIterable { case hour, day }

    @Argument(help: "The hourly air file.") var file: String
    @Option(help: "Scheme id or series (us-epa, cn-hj633, vn-1459, th-pcd).") var scheme: String
    @Option(help: "IANA zone of the file's local times; AirNow sites LMHub knows (Hanoi, …) need none.") var timezone: String?
    @Option(help: "Output: csv or table.") var format: OutputFormat = .csv
    @Option(help: "One index an hour or a day.") var resolution: Resolution = .hour
    @Option(help: "Hours that enter the index: valid,suspect (the default, as the monitors compute their published NowCast) or valid (Valid only). Invalid hours never do.")
    var qc: QCPolicy = .default

    func run() throws {
        let catalog = try AQISchemeCatalog.bundled()
        let schemes: [AQIScheme]
        do { schemes = try catalog.versions(named: scheme) } catch { throw ValidationError(error.description) }
        let zone = try zone()
        let contents = try AirFile.read(path: file, timeZone: zone)
        for (line, earlier) in contents.repeated {
            let why = contents.clockChangeRepeats.contains(line) ? " (the export's clock change: the hour before is missing)" : ""
            note("\(file):\(line): repeats the hour of line \(earlier)\(why); line \(earlier) is kept")
        }
        if !contents.missingMarks.isEmpty {
            note("read as not measured (missing-value marks such as -999): "
                + contents.missingMarks.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        for reading in contents.readings.filter({ $0.unusual != nil }).prefix(5) {
            note("\(file):\(reading.line): unusual: \(reading.unusual ?? "")")
        }
        let flags = Dictionary(grouping: contents.readings.compactMap(\.qc), by: \.rawValue).mapValues(\.count)
        if !flags.isEmpty {
            note("hours by QC flag: " + flags.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "; the index uses " + (qc == .validOnly ? "Valid hours only" : "Valid and Suspect hours"))
        }
        let readings = contents.readings
        guard !readings.isEmpty else { throw CommandFailed(message: "\(file) holds no reading") }
        let constants = try AirPollutants.bundled()
        var table = AQITable(format: format, daily: resolution == .day)
        var used: [String: (scheme: AQIScheme, outOfForce: Bool)] = [:]
        for (station, stationReadings) in Dictionary(grouping: readings, by: \.station).sorted(by: { $0.key < $1.key }) {
            // The zone the file was read in: an AirNow site's own, else --timezone, else UTC.
            let known = contents.zones[station]
            if zone == nil, known == nil {
                note("\(station): no --timezone: days and printed times are UTC")
            }
            let stationZone = known ?? zone ?? .gmt
            let series = try Dictionary(grouping: stationReadings, by: \.pollutant).sorted { $0.key.rawValue < $1.key.rawValue }.map { pollutant, list in
                HourlySeries(pollutant: pollutant, unit: .microgramsPerCubicMetre, timeZone: stationZone, readings: try list.map { reading in
                    (reading.time, try reading.value(under: qc).map { try constants.convert($0, of: pollutant, from: reading.unit, to: .microgramsPerCubicMetre, temperature: 25) })
                })
            }
            let results = AirStationSeries(station: station, timeZone: stationZone, series: series).results(schemes, constants: constants, daily: resolution == .day)
            for (scheme, result) in results where result.aqi != nil {
                let outside = !scheme.isInForce(on: LocalDate.string(result.time, timeZone: stationZone.identifier))
                used[scheme.id] = (scheme, (used[scheme.id]?.outOfForce ?? false) || outside)
            }
            table.add(station: station, zone: stationZone, results: results, series: series)
        }
        for (scheme, outOfForce) in used.values.sorted(by: { $0.scheme.id < $1.scheme.id }) {
            let unverified = scheme.tables.filter { !$0.verified }.map { "\($0.pollutant.rawValue) \($0.averaging.rawValue)" }
            let parts = (unverified.isEmpty ? [] : ["tables " + unverified.joined(separator: ", ")])
                + (scheme.categoriesVerified ? [] : ["categories"]) + (scheme.indexRoundingVerified ? [] : ["index rounding"])
            if !parts.isEmpty { note("\(scheme.id): [UNVERIFIED] \(parts.joined(separator: "; "))") }
            if outOfForce { note("\(scheme.id) was not in force on some of these dates (in force \(scheme.inForce)\(scheme.until.map { " until \($0)" } ?? "")): applied for comparison") }
        }
        print(table.text, terminator: "")
    }

    func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// `--timezone`, if given.
    func zone() throws -> TimeZone? {
        guard let timezone else { return nil }
        guard let zone = TimeZone(identifier: timezone) else { throw ValidationError("unknown time zone '\(timezone)'") }
        return zone
    }
}
extension QCPolicy: ExpressibleByArgument {}
