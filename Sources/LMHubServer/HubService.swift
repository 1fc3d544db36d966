import Foundation
import LMHubCore
import LMHubStorage
import LMHubViews

/// Builds the models pages and the API show from the store and the standard, so that routes only parse
/// requests and encode responses.
struct HubService: Sendable {
    let store: LMHubStore
    let standard: WaterQualityStandard

    func assessor(for station: Station) -> ClassAssessor {
        ClassAssessor(standard: standard, waterBody: station.waterBodyKind)
    }

    func overview(language: String) async throws -> OverviewModel {
        let latest = try await store.latestSamples()
        let rows = try await store.stations().map { station in
            let sample = latest[station.id]
            return OverviewModel.Row(station: station, latestTime: sample?.time, dayAssumed: sample?.dayAssumed ?? false,
                                     assessment: sample.map { assessor(for: station).assess($0.values) })
        }
        return OverviewModel(rows: rows, standard: standard, language: language)
    }

    func stationPage(id: String, parameter: String?, language: String) async throws -> StationPageModel {
        guard let station = try await store.station(id: id) else { throw APIError.notFound("no station '\(id)'") }
        let samples = try await store.samples(station: id)
        let assessor = assessor(for: station)
        let present = Set(samples.flatMap(\.values.keys))
        let parameters = ParameterRegistry.water.parameters.filter { present.contains($0.code) }
        let selected = try parameter.map(Self.parameter(named:)) ?? parameters.first { $0.code == "DO" } ?? parameters.first
        return StationPageModel(
            station: station, standard: standard, samples: samples.map { ($0, assessor.assess($0.values)) },
            parameters: parameters, selected: selected, language: language
        )
    }

    /// The parameter a query names by code or alias.
    /// - Throws: ``APIError/badRequest(_:)`` naming the text and some known codes.
    static func parameter(named name: String) throws -> Parameter {
        guard let found = ParameterRegistry.water.parameter(named: name) else {
            throw APIError.badRequest("unknown parameter '\(name)'; use a code such as DO, CODMn, NH3-N, TP")
        }
        return found
    }
}
