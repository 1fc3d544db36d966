import Hummingbird
import LMHubCore

/// The station filters of `/api/v1/stations` and `/api/v1/latest`: `bbox=minLon,minLat,maxLon,maxLat` (WGS84
/// degrees; a station without a position is outside every box), `country` (ISO 3166-1 alpha-2), `kind`
/// (`water` or `air`).
struct StationFilter: Sendable {
    var bbox: (minLon: Double, minLat: Double, maxLon: Double, maxLat: Double)?
    var country: String?
    var kind: Station.Kind?

    /// - Throws: ``ServiceError/badRequest(_:)`` naming the parameter and the form it takes.
    init(_ request: Request) throws {
        if let text = request.queryValue("bbox") {
            let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == 4, let minLon = numbers[0], let minLat = numbers[1], let maxLon = numbers[2], let maxLat = numbers[3],
                  (-180...180).contains(minLon), (-180...180).contains(maxLon), (-90...90).contains(minLat), (-90...90).contains(maxLat),
                  minLat <= maxLat, minLon <= maxLon else {
                throw ServiceError.badRequest("'bbox' must be minLon,minLat,maxLon,maxLat in WGS84 degrees with min ≤ max, such as 102,10,108,15, not '\(text)'")
            }
            bbox = (minLon, minLat, maxLon, maxLat)
        }
        if let text = request.queryValue("country") {
            guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ServiceError.badRequest("'country' must be an ISO 3166-1 alpha-2 code such as KH, not '\(text)'")
            }
            country = text.uppercased()
        }
        if let text = request.queryValue("kind") {
            guard let kind = Station.Kind(rawValue: text.lowercased()) else { throw ServiceError.badRequest("'kind' must be water or air, not '\(text)'") }
            self.kind = kind
        }
    }

    func admits(_ station: Station) -> Bool {
        if let country, station.country?.uppercased() != country { return false }
        if let kind, station.kind != kind { return false }
        if let bbox {
            guard let lat = station.latitude, let lon = station.longitude else { return false }
            return (bbox.minLon...bbox.maxLon).contains(lon) && (bbox.minLat...bbox.maxLat).contains(lat)
        }
        return true
    }
}
