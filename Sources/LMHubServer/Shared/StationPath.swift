import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage

/// The station a route's `{id}` names (percent-decoded, then normalised as the store does).
enum StationPath {
    /// - Throws: ``ServiceError/notFound(_:)`` naming the id when no station has it.
    static func station(_ context: HubRequestContext, store: LMHubStore) async throws -> Station {
        let id = try context.parameters.require("id").removingPercentEncoding ?? ""
        guard let station = try await store.station(id: id) else { throw ServiceError.notFound("no station '\(id)'") }
        return station
    }

    /// The `{id}` of the path, percent-decoded.
    static func id(_ context: HubRequestContext) throws -> String {
        try context.parameters.require("id").removingPercentEncoding ?? ""
    }
}

extension Station {
    /// The station's zone (UTC when the stored name is unknown to the system).
    var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }
}
