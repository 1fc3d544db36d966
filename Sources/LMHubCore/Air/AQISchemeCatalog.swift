import Foundation

/// The AQI schemes in `Resources/aqi/`, by id, and the rule that picks the version for a reading's date
/// (`us-epa`: the 2012 PM2.5 table before 2024-05-06, the 2024 one from then; `cn-hj633`: 2012 before
/// 2026-03-01, 2026 from then; a version id overrides).
public struct AQISchemeCatalog: Sendable {
    public let schemes: [String: AQIScheme]

    public init(_ schemes: [String: AQIScheme]) {
        self.schemes = schemes
    }

    /// - Throws: ``StandardFileError`` naming a missing or malformed file.
    public static func bundled() throws -> AQISchemeCatalog {
        AQISchemeCatalog(try BundledIndex.loadFolder("aqi"))
    }

    /// Series ids, sorted.
    public var series: [String] { Array(Set(schemes.values.map(\.series))).sorted() }

    public func versions(of series: String) -> [AQIScheme] {
        schemes.values.filter { $0.series == series }.sorted { $0.inForce < $1.inForce }
    }

    /// The schemes `id` names, case aside: a version, itself; a series, all its versions oldest first.
    /// - Throws: ``UnknownStandardError`` for an id that is neither.
    public func versions(named id: String) throws(UnknownStandardError) -> [AQIScheme] {
        let found = schemes[id.lowercased()].map { [$0] } ?? versions(of: id.lowercased())
        guard !found.isEmpty else { throw UnknownStandardError(id: id, known: Array(schemes.keys) + series, noun: "scheme") }
        return found
    }

    /// The scheme `id` names (a version: itself; a series: the version in force on `date`).
    /// - Throws: ``UnknownStandardError`` for an id that is neither.
    public func resolve(_ id: String, on date: String) throws(UnknownStandardError) -> AQIScheme {
        guard let chosen = VersionChoice.pick(try versions(named: id), on: date) else {
            throw UnknownStandardError(id: id, known: Array(schemes.keys) + series, noun: "scheme")
        }
        return chosen
    }
}
