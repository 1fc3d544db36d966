import Foundation
import HTTPTypes
import Hummingbird
import LMHubIngest
import LMHubViews

/// A table answered as CSV (RFC 4180 through ``CSVWriter``: UTF-8, CRLF, one header row). Headers carry units
/// (`value (mg/L)`). A text cell that a spreadsheet would run as a formula — one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return — is written with a leading `'` (OWASP's CSV-injection advice); numbers are
/// written as numbers, so `-3.5` stays a number.
struct CSVTable: Sendable {
    /// A cell: text (guarded), a number, or empty.
    enum Cell: Sendable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty

        static func optional(_ value: Double?) -> Cell { value.map(Cell.number) ?? .empty }
        static func optional(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
    }

    let header: [String]
    var rows: [[Cell]]

    /// The CSV text.
    var text: String {
        var out = CSVWriter.line(header.map(Self.guarded))
        for row in rows { out += CSVWriter.line(row.map(Self.field)) }
        return out
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case let .text(text): guarded(text)
        case let .number(value): value.isFinite ? Self.number(value) : ""
        case let .integer(value): String(value)
        case .empty: ""
        }
    }

    /// Shortest round-tripping decimal, without exponent for ordinary magnitudes (`0.05`, `12`, `1.2e-07`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// The response: `text/csv` (named `filename`.csv, RFC 6266: an ASCII fallback and the UTF-8 name), with the series' sources as `Link: <…>; rel="license"` where a licence is a URL
    /// and in `LMHub-Attribution`, and the next page's link.
    func response(sources: [SourceAttribution] = [], next: String? = nil, filename: String) -> Response {
        let plain = String(filename.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        var headers: HTTPFields = [.contentType: ResponseFormat.csv.contentType, .vary: "Accept",
                                   .contentDisposition: "inline; filename=\"\(plain).csv\"; filename*=UTF-8''\(SitePaths.encode(filename + ".csv"))"]
        if !sources.isEmpty {
            headers[.attribution] = sources.map(\.attribution).joined(separator: " | ").headerSafe
        }
        if let next { headers[.link] = "<\(next)>; rel=\"next\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension String {
    /// The text with non-ASCII characters percent-encoded and line breaks removed, safe in an HTTP header.
    var headerSafe: String {
        let cleaned = replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return cleaned.addingPercentEncoding(withAllowedCharacters: Self.headerCharacters) ?? cleaned
    }
}

private extension String {
    static let headerCharacters = CharacterSet(charactersIn: " !#$&'()*+,-./:;=?@[]_~|ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
}
