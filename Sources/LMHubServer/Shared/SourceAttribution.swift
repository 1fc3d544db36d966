import LMHubCore

/// Who a series comes from and under which terms, machine-readable, in every series body (`sources`) and
/// export (`LMHub-Attribution` header of a CSV): the station's operator and licence as stored with it
/// (`Resources/seed/stations.json` for the bundled data, `SOURCES.md` beside it), and the files its rows came from.
struct SourceAttribution: Encodable, Sendable, Equatable {
    /// The operator or network that measured the data.
    let source: String
    /// The licence or terms of use, as the source states them.
    let licence: String
    /// The credit line to print with the data.
    let attribution: String
    /// The files the shown rows were imported from (``StoredObservation/sourceFile``), when known.
    let files: [String]

    /// The attribution of `stations`' data (one entry per distinct operator and licence), with `files`.
    static func of(_ stations: [Station], files: [String] = []) -> [SourceAttribution] {
        var seen: Set<[String]> = []
        return stations.compactMap { station in
            let source = station.operatorName ?? "operator not recorded"
            let licence = station.licence ?? "terms not recorded: ask the operator before reuse"
            guard seen.insert([source, licence]).inserted else { return nil }
            return SourceAttribution(source: source, licence: licence, attribution: "Data: \(source) (\(licence)), via LMHub",
                                     files: Array(Set(files)).sorted())
        }
    }
}
