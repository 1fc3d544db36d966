import Foundation
import LMHubCore
import LMHubIngest

/// The bundled SDR 2023 database read twice, once as LMHub's input (raw values only) and once for its
/// published values, and the report LMHub computes from the first; built once for every SDG test.
struct SDR2023 {
    let edition: SDREdition
    let path: String
    let contents: SDRDatabaseFile.Contents
    let published: SDRPublishedValues
    let report: SDGReport

    static let shared: Result<SDR2023, any Error> = Result {
        let edition = try SDREdition.bundled()
        guard let url = edition.bundledDatabase else { throw CocoaError(.fileNoSuchFile) }
        let contents = try SDRDatabaseFile.read(path: url.path, edition: edition)
        let published = try SDRPublishedValues.read(path: url.path, edition: edition)
        let report = SDGIndexCalculator(edition: edition).compute(contents.countries)
        return SDR2023(edition: edition, path: url.path, contents: contents, published: published, report: report)
    }

    static func load() throws -> SDR2023 { try shared.get() }

    /// The published countries with a rank.
    var publishedRanked: [SDRPublishedValues.Country] { published.countries.values.filter { $0.rank != nil }.sorted { $0.iso3 < $1.iso3 } }

    /// The score tolerance against a one-decimal published value: half its last digit (0.05) plus the
    /// 0.0005 within which raw values reproduce the published normalised scores (the file rounds raw values).
    static let oneDecimal = 0.05 + 0.0005
}
