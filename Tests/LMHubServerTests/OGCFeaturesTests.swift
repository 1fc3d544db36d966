import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubStorage
import Testing
@testable import LMHubServer

/// OGC API – Features (OGC 17-069r4) at `/ogc` over the bundled data: the MRC water stations in Cambodia
/// (Andaung Meas, Lumphat, Phum Pi — not placed —, Siempang) and the Hanoi air station.
struct OGCFeaturesTests {
    /// A JSON object of a response body.
    typealias Object = [String: Any]

    /// Requests `uri`, expects `status`, and returns the body as a JSON object with the response's content type.
    static func get(_ client: any TestClientProtocol, _ uri: String, _ status: HTTPResponse.Status = .ok) async throws -> (Object, String) {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == status, "\(uri)")
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? Object
            return (try #require(object, "\(uri) is not a JSON object"), response.headers[.contentType] ?? "")
        }
    }

    /// Links by relation, hrefs made root-relative (the test client names the host `localhost`, so the hub
    /// answers absolute links).
    static func links(_ object: Object) -> [String: String] {
        Dictionary(((object["links"] as? [Object]) ?? []).compactMap { link in
            (link["rel"] as? String).flatMap { rel in
                (link["href"] as? String).map { (rel, $0.replacingOccurrences(of: "http://localhost", with: "")) }
            }
        }, uniquingKeysWith: { first, _ in first })
    }

    static func features(_ object: Object) -> [Object] { (object["features"] as? [Object]) ?? [] }
    static func ids(_ object: Object) -> [String] { features(object).compactMap { $0["id"] as? String } }

    @Test func landingConformanceAndCollectionsLinkToEachOther() async throws {
        try await withHub { client in
            let (landing, type) = try await Self.get(client, "/ogc")
            #expect(type.hasPrefix("application/json"))
            let links = Self.links(landing)
            #expect(links["self"] == "/ogc" && links["conformance"] == "/ogc/conformance" && links["data"] == "/ogc/collections")
            // Requirement /req/core/root-success: the API definition, the OpenAPI document that also describes /ogc.
            #expect(links["service-desc"] == "/api/v1/openapi.json")
            let serviceDesc = (landing["links"] as? [Object])?.first { $0["rel"] as? String == "service-desc" }
            #expect(serviceDesc?["type"] as? String == "application/vnd.oai.openapi+json;version=3.1")
            let (conformance, _) = try await Self.get(client, "/ogc/conformance?f=json")
            let classes = try #require(conformance["conformsTo"] as? [String])
            #expect(Set(classes) == ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                                     "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"])
            let (list, _) = try await Self.get(client, "/ogc/collections")
            let collections = try #require(list["collections"] as? [Object])
            #expect(collections.compactMap { $0["id"] as? String } == ["stations", "hub-places"])
            let (stations, _) = try await Self.get(client, "/ogc/collections/stations")
            #expect(Self.links(stations)["items"] == "/ogc/collections/stations/items")
            #expect(stations["crs"] as? [String] == ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"])
            let extent = try #require((stations["extent"] as? Object)?["spatial"] as? Object)
            let box = try #require((extent["bbox"] as? [[Double]])?.first)
            // Siempang/Lumphat/Andaung Meas in Cambodia to Hanoi in the north.
            #expect(box.count == 4 && box[0] > 100 && box[2] < 110 && box[1] < 15 && box[3] > 21)
        }
    }

    @Test func itemsMatchEveryStationWithTheStoresLatestValues() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        _ = try await Seed.fillIfEmpty(store)
        let stations = try await store.stations()
        let latest = try await store.latestSamples()
        try await Application(router: try buildRouter(store: store)).test(.router) { client in
            let (body, type) = try await Self.get(client, "/ogc/collections/stations/items?limit=100")
            #expect(type == "application/geo+json")
            #expect(body["type"] as? String == "FeatureCollection")
            #expect(body["numberMatched"] as? Int == stations.count)
            #expect(body["numberReturned"] as? Int == stations.count)
            #expect(body["timeStamp"] is String)
            #expect(Set(Self.ids(body)) == Set(stations.map(\.id)))
            for feature in Self.features(body) {
                let id = try #require(feature["id"] as? String)
                let properties = try #require(feature["properties"] as? Object)
                let sample = try #require(latest[id], "\(id) has a latest sample")
                #expect(!sample.values.isEmpty)
                for (code, value) in sample.values {
                    // JSONSerialization reads the last digit of some doubles differently; the hub writes them exactly.
                    let read = try #require(properties[code] as? Double, "\(id) \(code)")
                    #expect(abs(read - value.value) <= 1e-12 * max(1, abs(value.value)), "\(id) \(code)")
                }
                #expect(properties["latestTime"] as? String == sample.time.ISO8601Format())
                let station = try #require(stations.first { $0.id == id })
                if station.latitude == nil {
                    #expect(feature["geometry"] is NSNull, "\(id) is not placed")
                } else {
                    let coordinates = (feature["geometry"] as? Object)?["coordinates"] as? [Double]
                    #expect(coordinates == [station.longitude ?? 0, station.latitude ?? 0], "\(id) is [lon, lat]")
                }
            }
            let byID = Dictionary(uniqueKeysWithValues: Self.features(body).compactMap { feature in
                (feature["id"] as? String).map { ($0, feature["properties"] as? Object ?? [:]) }
            })
            // GB 3838-2002 classes of the latest (2014-12) samples, as /api/v1/stations gives them.
            #expect(["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"].map { byID[$0]?["class"] as? String } == ["I", "IV", "II", "II"])
            #expect(byID["Lumphat"]?["classRank"] as? Int == 4)
            #expect(byID["Lumphat"]?["latestDate"] as? String == "2014-12-01")
            #expect(byID["Hanoi"]?["kind"] as? String == "air")
            #expect(byID["Hanoi"]?["PM2.5"] is Double)
            #expect((byID["Hanoi"]?["AQI"] as? Int).map { $0 > 0 } == true)
            #expect(byID["Hanoi"]?["classStandard"] as? String != "cn-gb3838-2002")
        }
        try await store.close()
    }

    @Test func bboxAroundTheThreeSStationsLeavesOutHanoiAndTheUnplaced() async throws {
        try await withHub { client in
            let (body, _) = try await Self.get(client, "/ogc/collections/stations/items?bbox=105.5,13,108,15")
            let ids = Self.ids(body)
            #expect(Set(ids) == ["Andaung Meas", "Lumphat", "Siempang"])
            #expect(body["numberMatched"] as? Int == 3)
            #expect(Self.links(body)["self"]?.contains("bbox=105.5%2C13%2C108%2C15") == true)
            let (north, _) = try await Self.get(client, "/ogc/collections/stations/items?bbox=105,20,106,22")
            #expect(Self.ids(north) == ["Hanoi"])
            for bad in ["1,2,3", "a,b,c,d", "100,20,110,10", "100,-95,110,10", ""] {
                let (error, _) = try await Self.get(client, "/ogc/collections/stations/items?bbox=\(bad)", bad.isEmpty ? .ok : .badRequest)
                if !bad.isEmpty { #expect(((error["error"] as? Object)?["message"] as? String)?.contains("'bbox'") == true, "\(bad)") }
            }
        }
    }

    @Test func pagingWithLimitTwoWalksEveryStationThroughNextLinks() async throws {
        try await withHub { client in
            let (all, _) = try await Self.get(client, "/ogc/collections/stations/items")
            let total = try #require(all["numberMatched"] as? Int)
            #expect(Self.links(all)["next"] == nil)
            var seen: [String] = []
            var uri: String? = "/ogc/collections/stations/items?limit=2"
            var pages = 0
            while let next = uri {
                let (page, _) = try await Self.get(client, next)
                #expect(page["numberMatched"] as? Int == total)
                #expect((page["numberReturned"] as? Int).map { $0 <= 2 } == true)
                if pages > 0 { #expect(Self.links(page)["prev"] != nil) }
                seen += Self.ids(page)
                uri = Self.links(page)["next"]
                pages += 1
                if pages > 10 { break }
            }
            #expect(pages == (total + 1) / 2)
            #expect(seen == Self.ids(all))
            #expect(Set(seen).count == total)
            let (clamped, _) = try await Self.get(client, "/ogc/collections/stations/items?limit=5000")
            #expect(Self.links(clamped)["self"]?.contains("limit=1000") == true)
            _ = try await Self.get(client, "/ogc/collections/stations/items?limit=0", .badRequest)
            _ = try await Self.get(client, "/ogc/collections/stations/items?offset=-1", .badRequest)
            _ = try await Self.get(client, "/ogc/collections/stations/items?colour=red", .badRequest)
        }
    }

    @Test func datetimeFiltersOnTheLatestTime() async throws {
        try await withHub { client in
            // The MRC samples of 2014-12-01 (Phnom Penh, UTC+7) were taken at 2014-11-30T17:00Z.
            let (water, _) = try await Self.get(client, "/ogc/collections/stations/items?datetime=2014-11-30T17:00:00Z")
            #expect(Set(Self.ids(water)) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
            let (day, _) = try await Self.get(client, "/ogc/collections/stations/items?datetime=2014-11-30")
            #expect(Set(Self.ids(day)) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
            let (water2, _) = try await Self.get(client, "/ogc/collections/stations/items?datetime=2014-11-01T00:00:00Z/2014-12-31T00:00:00Z")
            #expect(Set(Self.ids(water2)) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
            let (open, _) = try await Self.get(client, "/ogc/collections/stations/items?datetime=2015-01-01T00:00:00Z/..")
            #expect(Self.ids(open) == ["Hanoi"])
            let (offset, _) = try await Self.get(client, "/ogc/collections/stations/items?datetime=2014-12-01T00:00:00.000%2B07:00")
            #expect(Set(Self.ids(offset)) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
            // RFC 3339 only, as the OpenAPI document's pattern: no hour 25, no 30 February, no offset without a colon.
            for bad in ["yesterday", "2014-12-01T25:00:00Z", "2014-02-30", "2014-12-01T00:00:00%2B0700", "2014-12-01T00:00Z",
                        "0000-01-01", "../..", "2014-12-02/2014-12-01"] {
                _ = try await Self.get(client, "/ogc/collections/stations/items?datetime=\(bad)", .badRequest)
            }
        }
    }

    @Test func oneFeatureByPercentEncodedIdAndNotFounds() async throws {
        try await withHub { client in
            let (feature, type) = try await Self.get(client, "/ogc/collections/stations/items/Andaung%20Meas")
            #expect(type == "application/geo+json")
            #expect(feature["type"] as? String == "Feature" && feature["id"] as? String == "Andaung Meas")
            #expect(Self.links(feature)["self"] == "/ogc/collections/stations/items/Andaung%20Meas")
            #expect(Self.links(feature)["collection"] == "/ogc/collections/stations")
            _ = try await Self.get(client, "/ogc/collections/stations/items/Nowhere", .notFound)
            _ = try await Self.get(client, "/ogc/collections/rivers", .notFound)
            _ = try await Self.get(client, "/ogc/collections/rivers/items", .notFound)
            _ = try await Self.get(client, "/ogc/collections/rivers/items/Lumphat", .notFound)
            _ = try await Self.get(client, "/ogc?f=html", .badRequest)
        }
    }

    @Test func hubPlacesAreOneFeaturePerPlace() async throws {
        try await withHub { client in
            let (body, _) = try await Self.get(client, "/ogc/collections/hub-places/items?limit=1000")
            let features = Self.features(body)
            #expect(!features.isEmpty)
            #expect(body["numberMatched"] as? Int == features.count)
            let first = try #require(features.first)
            let properties = try #require(first["properties"] as? Object)
            #expect(properties["id"] is String && properties["kind"] is String && properties["title_en"] is String)
            let id = try #require(first["id"] as? String)
            #expect(id.hasPrefix("\(properties["id"] as? String ?? "")~"))
            let (one, _) = try await Self.get(client, "/ogc/collections/hub-places/items/\(id)")
            #expect(one["id"] as? String == id)
        }
    }
}
