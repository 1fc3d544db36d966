import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage

/// The station a route's `{id}` names (percent-decoded, then normalised as the store does).
enum StationPath {
    /// - Throws: ``ServiceError/notFound(_:)`` naming the id when no station has it.
    static func station(_ context: HubRequestContext, store: LMHubStore) async throws -> Station {
        let id = try Self.id(context)
        guard let station = try await store.station(id: id) else { throw ServiceError.notFound("no station '\(id.prefix(200))'") }
        return station
    }

    /// The `{id}` (or another `parameter`) of the path, percent-decoded.
    /// - Throws: ``ServiceError/badRequest(_:)`` for bytes that are not percent-encoded UTF-8 (`%FF`, a lone `%`).
    static func id(_ context: HubRequestContext, parameter: String = "id") throws -> String {
        let raw = try context.parameters.require(parameter)
        guard let id = raw.removingPercentEncoding else {
            throw ServiceError.badRequest("the id in the path is not percent-encoded UTF-8: '\(raw.prefix(200))'")
        }
        return id
    }
}

extension Station {
    /// The station's zone (UTC when the stored name is unknown to the system).
    var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }
}
