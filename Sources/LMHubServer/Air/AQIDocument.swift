import Foundation
import LMHubCore

/// The index of an air station: `{"station", "scheme", "resolution", "results": [{"time", "scheme" (version),
/// "aqi", "category": {"en", …}, "colour", "primary": [...], "verified", "parts": [{"pollutant", "statistic", "value"
/// (µg/m³), "subIndex", "noIndex"}]}]}`; `aqi` and `category` are `null` where no pollutant has an index.
struct AQIDocument: Encodable {
    struct Part: Encodable {
        let pollutant: String
        let statistic: String
        let value: Double?
        let subIndex: Int?
        let noIndex: String?
    }

    struct Entry: Encodable {
        let time: String
        let scheme: String
        let aqi: Int?
        let category: LocalizedText?
        let colour: String?
        /// The scheme's mark (`{"en": "Beyond Index", …}`) when the index lies past the scheme's top, else `null`.
        let beyondIndex: LocalizedText?
        let primary: [String]
        /// Whether the tables read, the categories and the rounding are all verified against the scheme's own text.
        let verified: Bool
        let parts: [Part]
    }

    let station: String
    let scheme: String
    let resolution: String
    let results: [Entry]
    let next: String?
    let sources: [SourceAttribution]

    init(station: String, scheme: String, resolution: String, timeZone: TimeZone, results: [(scheme: AQIScheme, result: AQIResult)],
         next: String?, sources: [SourceAttribution]) {
        self.next = next
        self.sources = sources
        self.station = station
        self.scheme = scheme
        self.resolution = resolution
        let format = ISO8601DateFormatter()
        format.timeZone = timeZone
        format.formatOptions = resolution == "day" ? [.withFullDate] : [.withInternetDateTime]
        self.results = results.map { scheme, result in
            Entry(time: format.string(from: result.time), scheme: scheme.id, aqi: result.aqi, category: result.category?.name,
                  colour: result.category?.colour, beyondIndex: result.beyondIndex, primary: result.primary.map(\.rawValue),
                  verified: scheme.categoriesVerified && scheme.indexRoundingVerified
                      && result.parts.allSatisfy { part in part.subIndex.map { scheme.table(part.pollutant, $0.averaging)?.verified ?? false } ?? true },
                  parts: result.parts.map { Part(pollutant: $0.pollutant.rawValue, statistic: $0.statistic.rawValue, value: $0.value,
                                                subIndex: $0.subIndex?.value, noIndex: $0.missing?.description) })
        }
    }
}

extension AQIDocument {
    /// The results as CSV: a row per hour or day with the index, category, primary pollutants and each part.
    var csv: CSVTable {
        let pollutants = Array(Set(results.flatMap { $0.parts.map(\.pollutant) })).sorted()
        return CSVTable(header: ["time (\(resolution == "day" ? "local date" : "local"))", "scheme", "aqi", "category", "beyond_index", "primary", "verified"]
                            + pollutants.flatMap { ["\($0) (µg/m³)", "\($0) sub-index"] },
                        rows: results.map { entry in
                            [.text(entry.time), .text(entry.scheme), entry.aqi.map(CSVTable.Cell.integer) ?? .empty, .optional(entry.category?.text("en")),
                             .optional(entry.beyondIndex?.text("en")), .text(entry.primary.joined(separator: " ")), .text(String(entry.verified))]
                                + pollutants.flatMap { name -> [CSVTable.Cell] in
                                    let part = entry.parts.first { $0.pollutant == name }
                                    return [.optional(part?.value), part?.subIndex.map(CSVTable.Cell.integer) ?? .empty]
                                }
                        })
    }
}
