import Foundation
import LMHubCore
import LMHubStorage
import LMHubViews

/// Air stations' indices from the store: hourly series per pollutant (stored in µg/m³) and the index of a
/// scheme series, the version chosen by each hour's local date.
struct AirService: Sendable {
    let store: LMHubStore
    let schemes: AQISchemeCatalog
    let constants: AirPollutants
    /// Series and results kept until the store changes.
    let cache: ResultCache

    /// The series an air page shows by default: the US EPA AQI, the one the embassy monitors publish.
    static let defaultSeries = "us-epa"

    /// The versions `id` names (a series: all its versions; a version: itself).
    /// - Throws: ``ServiceError/badRequest(_:)`` for an unknown id.
    func versions(_ id: String) throws -> [AQIScheme] {
        do { return try schemes.versions(named: id) } catch { throw ServiceError.badRequest(error.description) }
    }

    /// The QC policy a `qc` query value names (`valid`, or `valid,suspect`, the default).
    /// - Throws: ``ServiceError/badRequest(_:)`` for anything else.
    static func policy(_ text: String?) throws -> QCPolicy {
        guard let text else { return .default }
        guard let policy = QCPolicy(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "")) else {
            throw ServiceError.badRequest("'qc' must be valid (Valid hours only) or valid,suspect (the default, as the monitors publish), not '\(text)'")
        }
        return policy
    }

    /// The station's hourly series on its own clock hours (a half-hour zone's too), one per pollutant, in µg/m³,
    /// with the hours `policy` admits; and the
    /// stored hours by QC flag and time.
    func series(of station: Station, policy: QCPolicy) async throws -> (series: [HourlySeries], flags: [(time: Date, qc: QCFlag?)]) {
        let observations = try await store.observations(station: station.id)
        let series = Dictionary(grouping: observations, by: \.parameter).compactMap { code, list -> HourlySeries? in
            guard let pollutant = Pollutant(parsing: code) else { return nil }
            return HourlySeries(pollutant: pollutant, unit: .microgramsPerCubicMetre, timeZone: TimeZone(identifier: station.timeZone) ?? .gmt,
                                readings: list.map { ($0.time, policy.admits($0.qc) ? $0.measurement.value : nil) })
        }.sorted { $0.pollutant.rawValue < $1.pollutant.rawValue }
        return (series, observations.map { ($0.time, $0.qc) })
    }

    /// Hourly or daily results of `scheme` (version or series) for an air station, within `[from, to]`.
    func results(station: Station, scheme: String, daily: Bool, policy: QCPolicy = .default, from: Date? = nil, to: Date? = nil) async throws -> [(scheme: AQIScheme, result: AQIResult)] {
        try await allResults(station: station, scheme: scheme, daily: daily, policy: policy).filter { entry in
            (from.map { entry.result.time >= $0 } ?? true) && (to.map { entry.result.time <= $0 } ?? true)
        }
    }

    /// Every hourly or daily result of `scheme` for the station under `policy`, computed once per store revision.
    func allResults(station: Station, scheme: String, daily: Bool, policy: QCPolicy) async throws -> [(scheme: AQIScheme, result: AQIResult)] {
        let versions = try versions(scheme)
        let key = "aqi|\(station.id)|\(scheme.lowercased())|\(daily ? "day" : "hour")|\(policy.rawValue)"
        return try await cache.value(key) { [self] in
            try await stationSeries(station, policy: policy).air.results(versions, constants: constants, daily: daily)
        }
    }

    /// The station's series and QC flags, read once per store revision.
    private func stationSeries(_ station: Station, policy: QCPolicy) async throws -> (air: AirStationSeries, flags: [(time: Date, qc: QCFlag?)]) {
        try await cache.value("series|\(station.id)|\(policy.rawValue)") { [self] in
            let (series, flags) = try await series(of: station, policy: policy)
            return (AirStationSeries(station: station.id, timeZone: TimeZone(identifier: station.timeZone) ?? .gmt, series: series), flags)
        }
    }

    /// The air station page: the last 7 days hourly, the daily calendar of the latest year with an index.
    func page(station: Station, scheme: String?, policy: QCPolicy, language: String) async throws -> AirStationPageModel {
        let chosen = scheme ?? Self.defaultSeries
        let versions = try versions(chosen)
        let flags = try await stationSeries(station, policy: policy).flags
        let hourly = try await allResults(station: station, scheme: chosen, daily: false, policy: policy)
        let daily = try await allResults(station: station, scheme: chosen, daily: true, policy: policy)
        let zone = station.timeZone
        let lastHour = hourly.last { $0.result.aqi != nil }?.result.time
        let week = hourly.filter { entry in lastHour.map { entry.result.time > $0.addingTimeInterval(-7 * 86_400) && entry.result.time <= $0 } ?? false }
        let year = daily.last { $0.result.aqi != nil }.map { String(LocalDate.string($0.result.time, timeZone: zone).prefix(4)) }
        let days = daily.filter { entry in year.map { LocalDate.string(entry.result.time, timeZone: zone).hasPrefix($0) } ?? false }
        // Each series is named by the version that applies to the data shown (HJ 633-2012 for 2018 data).
        let shown = lastHour.map { LocalDate.string($0, timeZone: zone) }
        let switcher = schemes.series.compactMap { id in
            (shown.flatMap { try? schemes.resolve(id, on: $0) } ?? schemes.versions(of: id).last).map { (id: id, title: $0.title) }
        }
        let weekFlags = flags.filter { entry in lastHour.map { entry.time > $0.addingTimeInterval(-7 * 86_400) && entry.time <= $0 } ?? false }
        return AirStationPageModel(station: station, selected: chosen.lowercased(), switcher: switcher,
                                   versions: versions, week: week, year: year, days: days, language: language,
                                   policy: policy, weekHoursByQC: Dictionary(grouping: weekFlags) { $0.qc?.rawValue ?? "" }.mapValues(\.count))
    }

    /// An air station's index for the latest hour that has one, under the default series (US EPA).
    struct LatestIndex: Sendable {
        let time: Date
        let aqi: Int
        /// The category in English.
        let category: String?
        /// 1 = the best category.
        let rank: Int?
        /// The scheme version in force on that hour.
        let scheme: String
    }

    /// Computes ahead (``CacheWarmer``): every air station's hourly and daily series under the default scheme
    /// and QC policy, and their latest indices.
    func warm() async throws {
        let air = try await store.stations().filter { $0.kind == .air }
        for station in air {
            for daily in [false, true] { _ = try await allResults(station: station, scheme: Self.defaultSeries, daily: daily, policy: .default) }
        }
        _ = try await latestIndices(of: air)
    }

    /// The latest index of each air station of `stations`, by station id (stations without one are left out).
    func latestIndices(of stations: [Station]) async throws -> [String: LatestIndex] {
        var indices: [String: LatestIndex] = [:]
        for station in stations where station.kind == .air {
            let results = try await results(station: station, scheme: Self.defaultSeries, daily: false)
            guard let last = results.last(where: { $0.result.aqi != nil }), let aqi = last.result.aqi else { continue }
            indices[station.id] = LatestIndex(time: last.result.time, aqi: aqi, category: last.result.category?.name.text("en"),
                                              rank: last.result.categoryRank, scheme: last.scheme.id)
        }
        return indices
    }
}
