import CompressNIO
import Foundation
import Hummingbird
import LMHubStorage
import HummingbirdTesting
import Testing
@testable import LMHubServer

/// HTTP as clients and caches use it: HEAD, gzip, ETag and 304, CORS, Vary, 405 with Allow, negotiation.
struct HTTPBehaviourTests {
    @Test func headAnswersEveryGetRouteWithItsHeadersAndNoBody() async throws {
        try await withHub { client in
            for uri in ["/api/v1/stations", "/", "/healthz", "/ogc/collections", "/sta/v1.1/Things", "/api/v1/openapi.json"] {
                let length = try await client.execute(uri: uri, method: .get) { $0.body.readableBytes }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.body.readableBytes == 0, "\(uri)")
                    #expect(response.headers[.contentLength] == String(length), "\(uri)")
                }
            }
        }
    }

    @Test func largeTextAnswersAreGzippedForClientsThatTakeIt() async throws {
        try await withHub { client in
            let plain = try await client.execute(uri: "/api/v1/stations", method: .get) { String(buffer: $0.body) }
            try await client.execute(uri: "/api/v1/stations", method: .get, headers: [.acceptEncoding: "br;q=1, gzip;q=0.8"]) { response in
                #expect(response.headers[.contentEncoding] == "gzip")
                #expect(response.headers[.vary] == "Accept, Accept-Encoding")
                var body = response.body
                #expect(response.body.readableBytes < plain.utf8.count / 3)
                let unpacked = try body.decompress(with: .gzip())
                #expect(String(buffer: unpacked) == plain)
            }
            try await client.execute(uri: "/api/v1/stations", method: .get, headers: [.acceptEncoding: "gzip;q=0"]) { response in
                #expect(response.headers[.contentEncoding] == nil)
            }
            try await client.execute(uri: "/healthz", method: .get, headers: [.acceptEncoding: "gzip"]) { response in
                #expect(response.headers[.contentEncoding] == nil, "2 bytes are not worth compressing")
            }
            // A page's language follows Accept-Language: shared caches are told so, and the kept answers differ.
            for (language, mark) in [("zh", "lang=\"zh\""), ("en", "lang=\"en\"")] {
                try await client.execute(uri: "/hub", method: .get, headers: [.acceptLanguage: language, .acceptEncoding: "gzip"]) { response in
                    #expect(response.headers[.vary] == "Accept-Language, Accept-Encoding")
                    var body = response.body
                    let page = String(buffer: try body.decompress(with: .gzip()))
                    #expect(page.contains(mark))
                }
            }
        }
    }

    @Test func anUnchangedAnswerIsA304ForItsETag() async throws {
        try await withHub { client in
            let tag = try await client.execute(uri: "/api/v1/standards", method: .get) { response in
                #expect(response.headers[.cacheControl] == "public, max-age=60")
                return try #require(response.headers[.eTag])
            }
            #expect(tag.hasPrefix("W/\""))
            try await client.execute(uri: "/api/v1/standards", method: .get, headers: [.ifNoneMatch: "\"other\", \(tag)"]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == tag)
            }
            try await client.execute(uri: "/api/v1/standards", method: .get, headers: [.ifNoneMatch: "W/\"stale\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func theReadAPIAnswersOtherOrigins() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/stations", method: .get, headers: [.origin: "https://maps.example.org"]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
            try await client.execute(uri: "/api/v1/stations", method: .options,
                                     headers: [.origin: "https://maps.example.org", .accessControlRequestMethod: "GET"]) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowMethods]?.contains("GET") == true)
                #expect(response.headers[.accessControlExposeHeaders]?.contains("Link") == true)
            }
        }
    }

    @Test func anotherMethodOnAKnownPathIs405WithAllowEverywhere() async throws {
        try await withHub { client in
            for (uri, method) in [("/sta/v1.1/Things", HTTPRequest.Method.post), ("/sta/v1.1/Things('Hanoi')", .delete), ("/stations/Hanoi", .delete), ("/", .put)] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                    #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(uri)")
                }
            }
        }
    }

    @Test func acceptQValuesChooseTheFormat() {
        #expect(ResponseFormat.negotiate("text/csv;q=0.1, application/json", offered: [.json, .csv]) == .json)
        #expect(ResponseFormat.negotiate("application/json;q=0.5, text/csv", offered: [.json, .csv]) == .csv)
        #expect(ResponseFormat.negotiate("text/csv;q=0", offered: [.json, .csv]) == .json)
        #expect(ResponseFormat.negotiate("application/geo+json", offered: [.json, .csv]) == .json)
        #expect(ResponseFormat.negotiate("*/*", offered: [.json, .csv]) == .json)
    }

    @Test func aCSVFileNameIsSafeInTheHeaderAndKeepsItsUnicodeName() {
        let response = CSVTable(header: ["a"], rows: []).response(filename: "Chiềng \"Khương\"")
        #expect(response.headers[.contentDisposition] == "inline; filename=\"Chi_ng _Kh__ng_.csv\"; filename*=UTF-8''Chi%E1%BB%81ng%20%22Kh%C6%B0%C6%A1ng%22.csv")
    }
}

/// What operators watch: the health check follows the database, and requests are counted by route.
struct OperationsTests {
    @Test func healthFollowsTheDatabaseAndMetricsCountRequestsByRoute() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        _ = try await Seed.fillIfEmpty(store)
        let router = try buildRouter(store: store)
        try await Application(router: router).test(.router) { client in
            try await expectAnswer(client, "/healthz", .ok, containing: "ok")
            try await expectAnswer(client, "/api/v1/stations/Lumphat", .ok, containing: "Lumphat")
            try await expectAnswer(client, "/api/v1/stations/Lumphat", .ok, containing: "Lumphat")
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("http_server_request_duration_count{http_route=\"/api/v1/stations/{id}\",http_request_method=\"GET\",http_response_status_code=\"200\"}"))
                #expect(text.contains("lmhub_response_cache_lookups_total{result=\"hit\"}"))
                #expect(text.contains("lmhub_db_readers{state=\"in_use\"}"))
            }
            try await store.close()
            try await expectAnswer(client, "/healthz", .serviceUnavailable, containing: "the database does not answer")
        }
    }
}
