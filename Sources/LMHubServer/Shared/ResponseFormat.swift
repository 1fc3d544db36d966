import Hummingbird

/// The representation a request asks for: `format=json|csv|geojson`, else the `Accept` media range with the
/// highest q-value (RFC 9110 §12.5.1; the first among equals; `q=0` refuses) that the route serves (`text/csv`,
/// `application/geo+json`, `application/json`), else JSON.
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
                throw ServiceError.badRequest("'format' here must be \(offered.map(\.rawValue).joined(separator: " or ")), not '\(text.prefix(100))'")
            }
            self = format
            return
        }
        self = Self.negotiate(request.headers[.accept] ?? "", offered: offered)
    }

    static func negotiate(_ accept: String, offered: [ResponseFormat]) -> ResponseFormat {
        let types: [String: ResponseFormat] = ["text/csv": .csv, "application/geo+json": .geojson, "application/json": .json]
        let ranges = accept.split(separator: ",").enumerated().compactMap { index, item -> (format: ResponseFormat, q: Double, index: Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first, let format = types[type], offered.contains(format) else { return nil }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0 ? (format, q, index) : nil
        }
        return ranges.sorted { ($0.q, -$0.index) > ($1.q, -$1.index) }.first?.format ?? .json
    }
}
