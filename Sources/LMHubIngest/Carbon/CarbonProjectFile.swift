import Foundation
import LMHubCore

/// Reads a project: either a CSV file of activity lines alone (``CarbonActivityFile``; the project is named after
/// the file, of kind `other`, without a functional unit), or a JSON file of the project's facts that names its
/// lines:
///
/// ```json
/// {"name": "Route 13 North, asphalt design", "kind": "road", "country": "LAO", "length_km": 12.5,
///  "lifetime_years": 40, "gwp": "ar5", "activities": "road-asphalt.csv", "factors": ["epd-materials.csv"]}
/// ```
///
/// `kind`: road, railway, industrial park, hydropower, grid or other. Optional: `country` (ISO 3166-1 alpha-3), `length_km`,
/// `area_ha`, `capacity_mw`, `lifetime_years`, `annual_generation_mwh`, `gwp` (default AR5), `factors` (one
/// or more ``CarbonFactorFile``s), and for hydropower `reservoir: {"file": "reservoirs.json", "name": "Nam X"}`,
/// a reservoir in the reemission layout (``ReservoirInputFile``). Paths are relative to the JSON file. Any other
/// key is refused (a misspelt `lenght_km` would otherwise be ignored).
public enum CarbonProjectFile {
    /// A project and the user's factors it brings.
    public struct Contents: Sendable {
        public let project: CarbonProject
        /// The factors of each of the project's factor files, by file.
        public let factorFiles: [(file: String, factors: [EmissionFactor])]
    }

    /// - Throws: ``IngestError`` naming the file and field (or line and column in the files it names).
    public static func read(path: String) throws(IngestError) -> Contents {
        let url = URL(fileURLWithPath: path)
        guard url.pathExtension.lowercased() == "json" else {
            let name = url.deletingPathExtension().lastPathComponent
            return Contents(project: CarbonProject(name: name, kind: .other, file: path, lines: try CarbonActivityFile.read(path: path)), factorFiles: [])
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IngestError(file: path, line: 0, field: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        let facts = try JSONFields(file: path, path: "project", value: try JSONFields.document(data, file: path))
        try facts.refuseUnknownKeys(keys)
        let country = try Self.country(facts)
        let gwp = try Self.gwp(facts)
        let folder = url.deletingLastPathComponent()
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).path
        }
        let kindText = try facts.text("kind", default: "other")
        guard let kind = ProjectKind(parsing: kindText) else {
            throw facts.fail("kind", "unknown kind '\(kindText)'; known: \(ProjectKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        func positive(_ key: String) throws(IngestError) -> Double? {
            guard facts.has(key) else { return nil }
            let value = try facts.number(key)
            guard value > 0 else { throw facts.fail(key, "must be positive, found \(value)") }
            return value
        }
        let activities = resolve(try facts.text("activities"))
        var factorPaths: [String] = []
        if let one = facts.object["factors"] as? String { factorPaths = [one] }
        else if let many = facts.object["factors"] as? [String] { factorPaths = many }
        else if facts.has("factors") { throw facts.fail("factors", "expected a file name or a list of file names") }
        var factorFiles: [(file: String, factors: [EmissionFactor])] = []
        for relative in factorPaths {
            let file = resolve(relative)
            factorFiles.append((file, try CarbonFactorFile.read(path: file)))
        }
        var reservoir: ReservoirInput?
        if facts.has("reservoir") {
            let link = try facts.child("reservoir")
            try link.refuseUnknownKeys(["file", "name"])
            let file = resolve(try link.text("file"))
            let all = try ReservoirInputFile.read(path: file)
            let wanted = try link.text("name", default: all.count == 1 ? all[0].name : "")
            guard let found = all.first(where: { $0.name == wanted }) else {
                throw link.fail("name", "no reservoir '\(wanted)' in \(file); it has \(all.map(\.name).joined(separator: ", "))")
            }
            reservoir = found
        }
        let project = CarbonProject(
            name: try facts.text("name"), kind: kind, country: country,
            lengthKm: try positive("length_km"), areaHa: try positive("area_ha"), capacityMW: try positive("capacity_mw"),
            lifetimeYears: try positive("lifetime_years"), annualGenerationMWh: try positive("annual_generation_mwh"),
            gwpSet: gwp, file: activities, lines: try CarbonActivityFile.read(path: activities), reservoir: reservoir)
        return Contents(project: project, factorFiles: factorFiles)
    }

    /// The keys a project file may have.
    public static let keys: Set<String> = ["name", "kind", "country", "length_km", "area_ha", "capacity_mw", "lifetime_years",
                                           "annual_generation_mwh", "gwp", "activities", "factors", "reservoir"]

    /// `country`, an ISO 3166-1 alpha-3 code (three letters, upper-cased), or `nil` when not given.
    static func country(_ facts: JSONFields) throws(IngestError) -> String? {
        guard facts.has("country") else { return nil }
        let code = try facts.text("country")
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw facts.fail("country", "expected an ISO 3166-1 alpha-3 code (three letters: KHM, CHN, LAO, MMR, THA, VNM), found '\(code)'")
        }
        return code.uppercased()
    }

    /// `gwp`, one of the bundled GWP sets, or `nil` when not given.
    static func gwp(_ facts: JSONFields) throws(IngestError) -> String? {
        guard facts.has("gwp") else { return nil }
        let id = try facts.text("gwp")
        if let catalog = try? GWPCatalog.bundled(), !catalog.sets.contains(where: { $0.id == id.lowercased() }) {
            throw facts.fail("gwp", "unknown GWP set '\(id)'; known: \(catalog.sets.map(\.id).joined(separator: ", "))")
        }
        return id
    }
}
