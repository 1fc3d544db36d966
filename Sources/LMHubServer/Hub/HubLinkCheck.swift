import LMHubCore

/// Checks that a submitted item's links lead somewhere: a `parent`, `partner` or `related` link to another
/// stored item, a `station` link to a stored station, a `standard` link to a water standard or AQI scheme
/// LMHub carries (by version id, such as `cn-gb3838-2002` or `us-epa-2024`).
struct HubLinkCheck: Sendable {
    let service: StationService

    /// Field errors (`links[2].target`), empty when every link resolves.
    func errors(in item: HubItem, index: HubSearchIndex) async throws -> [HubFieldError] {
        var errors: [HubFieldError] = []
        for (number, link) in item.links.enumerated() {
            let field = "links[\(number)].target"
            switch link.relation {
            case .parent, .partner, .related:
                if link.target == item.id {
                    errors.append(HubFieldError(field: field, message: "an item cannot link to itself"))
                } else if index.item(id: link.target) == nil {
                    errors.append(HubFieldError(field: field, message: "no item '\(link.target)'"))
                }
            case .station:
                if try await service.store.station(id: link.target) == nil {
                    errors.append(HubFieldError(field: field, message: "no station '\(link.target)'"))
                }
            case .standard:
                if service.catalog.standards[link.target] == nil, service.air.schemes.schemes[link.target] == nil {
                    errors.append(HubFieldError(field: field, message: "no water standard or AQI scheme '\(link.target)' (GET /api/v1/standards lists the water standards)"))
                }
            }
        }
        return errors
    }
}
