import Foundation
import LMHubCore
import LMHubStorage
import LMHubViews

/// The monitoring stations' models for pages and the API (the overview, a water station's page) from the
/// store, the standards and the indices, so that controllers only parse requests and encode responses; the
/// air stations' through ``air`` (``AirService``).
struct StationService: Sendable {
    let store: LMHubStore
    /// The standard of the overview map and the chart bands (GB 3838-2002).
    let standard: WaterQualityStandard
    let catalog: StandardCatalog
    let indices: IndexCalculator
    let air: AirService

    func assessor(for station: Station) -> ClassAssessor {
        ClassAssessor(standard: standard, waterBody: station.waterBodyKind)
    }

    /// The overview of every station, read once per store revision and language.
    func overview(language: String) async throws -> OverviewModel {
        try await air.cache.value("overview|\(language)") { [self] in try await loadOverview(language: language) }
    }

    private func loadOverview(language: String) async throws -> OverviewModel {
        let latest = try await store.latestSamples()
        let rows = try await store.stations().map { station in
            let sample = latest[station.id]
            return OverviewModel.Row(station: station, latestTime: sample?.time, dayAssumed: sample?.dayAssumed ?? false,
                                     assessment: sample.map { assessor(for: station).assess($0.values) })
        }
        return OverviewModel(rows: rows, standard: standard, language: language)
    }

    /// - Parameter sample: the local date (`YYYY-MM-DD`) of the sample shown against every standard; the latest when `nil`.
    /// - Throws: ``ServiceError`` for an unknown station, parameter or sample date.
    func stationPage(id: String, parameter: String?, sample: String?, language: String) async throws -> StationPageModel {
        guard let station = try await store.station(id: id) else { throw ServiceError.notFound("no station '\(id)'") }
        let samples = try await store.samples(station: id)
        let assessor = assessor(for: station)
        let present = Set(samples.flatMap(\.values.keys))
        let parameters = ParameterRegistry.water.parameters.filter { present.contains($0.code) }
        let selected = try parameter.map(Self.parameter(named:)) ?? parameters.first { $0.code == "DO" } ?? parameters.first
        let chosen = try sample.map { date in
            guard date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else {
                throw ServiceError.badRequest("'sample' must be a date YYYY-MM-DD, not '\(date)'")
            }
            guard let found = samples.last(where: { LocalDate.string($0.time, timeZone: station.timeZone) == date }) else {
                throw ServiceError.notFound("station '\(id)' has no sample on \(date)")
            }
            return found
        } ?? samples.last
        let matrix = chosen.map { sample in
            (try? catalog.assess([sample], standards: catalog.series, period: .sample, waterBody: station.waterBodyKind,
                                 timeZone: station.timeZone))?.first
        } ?? nil
        return StationPageModel(
            station: station, standard: standard, samples: samples.map { ($0, assessor.assess($0.values)) },
            parameters: parameters, selected: selected, matrix: matrix,
            indices: indices.annual(samples, timeZone: station.timeZone), indexDefinitions: indices.definitions, language: language
        )
    }

    /// The parameter a query names by code or alias.
    /// - Throws: ``ServiceError/badRequest(_:)`` naming the text and some known codes.
    static func parameter(named name: String) throws -> Parameter {
        guard let found = ParameterRegistry.all.parameter(named: name) else {
            throw ServiceError.badRequest("unknown parameter '\(name)'; use a code such as DO, CODMn, NH3-N, TP, PM2.5, O3")
        }
        return found
    }
}
