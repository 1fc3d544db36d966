import Hummingbird

/// The representation a request asks for: `format=json|csv|geojson`, else the first of `Accept` that a route
/// serves (`text/csv`, `application/geo+json`), else JSON.
enum ResponseFormat: String, Sendable, CaseIterable {
    case json, csv, geojson

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .geojson: "application/geo+json"
        }
    }

    /// - Parameter offered: the formats the route serves.
    /// - Throws: ``ServiceError/badRequest(_:)`` for a `format` the route does not serve.
    init(_ request: Request, offered: [ResponseFormat] = [.json, .csv]) throws {
        if let text = request.queryValue("format") {
            guard let format = ResponseFormat(rawValue: text.lowercased()), offered.contains(format) else {
                throw ServiceError.badRequest("'format' here must be \(offered.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
            }
            self = format
            return
        }
        let accepted = (request.headers[.accept] ?? "").split(separator: ",").map {
            $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        }
        let types: [(String, ResponseFormat)] = [("text/csv", .csv), ("application/geo+json", .geojson), ("application/json", .json)]
        self = accepted.lazy.compactMap { type in types.first { $0.0 == type && offered.contains($0.1) }?.1 }.first ?? .json
    }
}
