import ArgumentParser
import Foundation
import LMHubCore

/// `lmhub bench aqi`: the PM2.5 NowCast and the US EPA 2024 AQI for every hour of synthetic stations
/// (``SyntheticPM25``), through the engine's own calls (`NowCast.value(in:endingAt:)`,
/// `AQIScheme.subIndex`), timed apart from generating the data. Its baseline is the numpy reference
/// `benchmarks/aqi_reference.py`, which reads the values written with `--write-data` and computes the same;
/// `benchmarks/run_aqi.sh` runs both and compares the checksums (and, with `--write-aqi`, every hour).
struct BenchAQI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "aqi", abstract: "NowCast + AQI rate over synthetic PM2.5 station-hours.")

    @Option(help: "Station-hours in all (rounded down to a multiple of --stations).") var hours = 10_000_000
    @Option(help: "Stations; each has hours/stations consecutive hours.") var stations = 1000
    @Option(help: "Seed of the generated values.") var seed: UInt64 = 42
    @Option(help: "Write the generated values here: little-endian float64, NaN for a missing hour, stations × hours, row-major.")
    var writeData: String?
    @Option(help: "Write each station-hour's AQI here: little-endian int16, -1 where there is none, same layout.")
    var writeAqi: String?

    func validate() throws {
        guard stations > 0, hours >= stations else { throw ValidationError("--stations must be at least 1 and at most --hours") }
    }

    func run() async throws {
        guard let scheme = try AQISchemeCatalog.bundled().schemes["us-epa-2024"], let rule = scheme.nowcast,
              let table = scheme.table(.pm25, .day) else {
            throw ValidationError("us-epa-2024 with a NowCast and a 24-h PM2.5 table is not bundled")
        }
        let perStation = hours / stations
        var series: [HourlySeries] = []
        let generateSeconds = seconds { series = SyntheticPM25.stations(stations, hours: perStation, seed: seed) }
        let total = stations * perStation
        print("data: \(stations) stations × \(perStation) hours = \(total) station-hours, seed \(seed), "
            + String(format: "generated in %.2f s", generateSeconds))
        if let writeData {
            let writeSeconds = try seconds { try Self.write(series, to: writeData) }
            print(String(format: "data file: %@ (%.1f MiB, written in %.2f s, not timed)", writeData, Double(total * 8) / 1_048_576, writeSeconds))
        }

        let nowcast = NowCast(rule)
        var indices: [Int16] = writeAqi == nil ? [] : Array(repeating: -1, count: total)
        var sum = 0, count = 0, nowcasts = 0
        let computeSeconds = seconds {
            for (station, run) in series.enumerated() {
                for hour in 0..<run.count {
                    guard let concentration = nowcast.value(in: run, endingAt: hour) else { continue }
                    nowcasts += 1
                    guard case let .success(index) = scheme.subIndex(concentration, table: table) else { continue }
                    sum += index.value
                    count += 1
                    if !indices.isEmpty { indices[station * perStation + hour] = Int16(index.value) }
                }
            }
        }
        print(String(format: "swift: %d station-hours in %.3f s, %.0f station-hours/s, peak RSS %.1f MiB",
                     total, computeSeconds, Double(total) / computeSeconds, PeakMemory.ownMiB))
        print("checksum: aqi_sum=\(sum) hours_with_aqi=\(count) (hours with a NowCast: \(nowcasts))")
        if let writeAqi {
            try indices.map(\.littleEndian).withUnsafeBytes { Data($0) }.write(to: URL(fileURLWithPath: writeAqi))
            print("AQI file: \(writeAqi)")
        }
    }

    /// The values of `series`, one station after the other, as little-endian float64 with NaN for a missing hour.
    private static func write(_ series: [HourlySeries], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        for run in series {
            let bits = run.values.map { ($0 ?? .nan).bitPattern.littleEndian }
            try handle.write(contentsOf: bits.withUnsafeBytes { Data($0) })
        }
    }
}
