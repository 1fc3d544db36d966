import Foundation
import Hummingbird
import LMHubCore
import LMHubIngest

/// Reads a carbon project from a request body (`POST /api/v1/carbon/projects`, at most 1 MiB): a JSON object with
/// the facts of a project file (``CarbonProjectFile``: `name`, `kind`, `country`, `length_km`, `area_ha`,
/// `capacity_mw`, `lifetime_years`, `annual_generation_mwh`, `gwp`), the id to store it under, and the files' contents
/// in place of their names:
///
/// ```json
/// {"id": "route-13-asphalt", "name": "Route 13 North, asphalt design", "kind": "road", "length_km": 12.5,
///  "activities": "module,item,quantity,unit,factor,source\nA5,paving plant diesel,310,t,ipcc2006.gas-diesel-oil.off-road,\n",
///  "factors": "id,value,unit,source\n…", "reservoir": {"Nam X": {…reemission layout…}},
///  "scenario": {"group": "route-13", "title": {"en": "Route 13 North"}, "label": {"en": "asphalt design"}}}
/// ```
///
/// The contents are read by the same readers as `lmhub carbon` (written to a private temporary folder, which is
/// removed at once), so a body and a project file are refused for the same reasons, naming the same lines.
enum CarbonProjectBody {
    static let maximumSize = 1 << 20
    static let facts: Set<String> = ["name", "kind", "country", "length_km", "area_ha", "capacity_mw", "lifetime_years", "annual_generation_mwh", "gwp"]
    static let fields = facts.union(["id", "activities", "factors", "reservoir", "scenario"])

    /// - Throws: ``ServiceError``: 400 for a body that is not a JSON object, 413 past 1 MiB, 422 naming each field at
    ///   fault (a file's line and column in its message).
    static func read(_ request: Request) async throws -> (id: String, project: CarbonStoredProject) {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maximumSize) } catch {
            throw ServiceError.tooLarge("the body is larger than 1 MiB")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] else {
            throw ServiceError.badRequest("the body must be a JSON object, such as {\"id\": \"…\", \"name\": \"…\", \"kind\": \"road\", \"activities\": \"module,item,quantity,unit,factor,source\\n…\"}")
        }
        var errors = object.keys.filter { !fields.contains($0) }.sorted().map {
            HubFieldError(field: $0, message: "unknown field; a carbon project has \(fields.sorted().joined(separator: ", "))")
        }
        let id = object["id"] as? String ?? ""
        if id.range(of: #"^[a-z0-9][a-z0-9._-]{0,63}$"#, options: .regularExpression) == nil {
            errors.append(HubFieldError(field: "id", message: "'\(id.prefix(100))' is not an id: 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"))
        }
        if !(object["activities"] is String) { errors.append(HubFieldError(field: "activities", message: "the activity lines as CSV text: module,item,quantity,unit,factor,source")) }
        if let factors = object["factors"], !(factors is String) { errors.append(HubFieldError(field: "factors", message: "a factor file as CSV text: id,value,unit,source[,…]")) }
        if let reservoir = object["reservoir"], (reservoir as? [String: Any])?.count != 1 {
            errors.append(HubFieldError(field: "reservoir", message: "one reservoir in the reemission layout: {\"name\": {…}}"))
        }
        var scenario: CarbonStoredProject.Scenario?
        if let given = object["scenario"] {
            // Foundation on Linux traps, rather than throws, on a top-level value that is not an object or array.
            let decoded = (given as? [String: Any]).flatMap { try? JSONSerialization.data(withJSONObject: $0) }
                .flatMap { try? JSONDecoder().decode(CarbonStoredProject.Scenario.self, from: $0) }
            if let decoded { scenario = decoded } else {
                errors.append(HubFieldError(field: "scenario", message: "expected {\"group\": \"…\", \"title\": {\"en\": \"…\"}, \"label\": {\"en\": \"…\"}}"))
            }
        }
        if !errors.isEmpty { throw ServiceError.invalid(errors) }
        return (id, try project(object, scenario: scenario))
    }

    /// The project of `object` through the project file reader.
    private static func project(_ object: [String: Any], scenario: CarbonStoredProject.Scenario?) throws -> CarbonStoredProject {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-carbon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        var file = object.filter { facts.contains($0.key) }
        try Data(((object["activities"] as? String) ?? "").utf8).write(to: folder.appendingPathComponent("activities.csv"))
        file["activities"] = "activities.csv"
        if let factors = object["factors"] as? String {
            try Data(factors.utf8).write(to: folder.appendingPathComponent("factors.csv"))
            file["factors"] = "factors.csv"
        }
        if let reservoir = object["reservoir"] as? [String: Any] {
            try JSONSerialization.data(withJSONObject: reservoir).write(to: folder.appendingPathComponent("reservoir.json"))
            file["reservoir"] = ["file": "reservoir.json"]
        }
        let path = folder.appendingPathComponent("project.json")
        try JSONSerialization.data(withJSONObject: file).write(to: path)
        do {
            return try CarbonStoredProject.read(path: path.path, scenario: scenario)
        } catch let error as IngestError {
            throw ServiceError.invalid([fieldError(error)])
        }
    }

    /// An error of the readers as a field of the body: `activities` (line and column in the message), `factors`,
    /// `reservoir.<field>`, or the fact at fault.
    static func fieldError(_ error: IngestError) -> HubFieldError {
        let file = URL(fileURLWithPath: error.file).lastPathComponent
        let place = [error.line > 0 ? "line \(error.line)" : nil, error.field.map { "column '\($0)'" }].compactMap { $0 }.joined(separator: ", ")
        switch file {
        case "activities.csv": return HubFieldError(field: "activities", message: (place.isEmpty ? "" : place + ": ") + error.message)
        case "factors.csv": return HubFieldError(field: "factors", message: (place.isEmpty ? "" : place + ": ") + error.message)
        case "reservoir.json": return HubFieldError(field: "reservoir" + (error.field.map { ".\($0)" } ?? ""), message: error.message)
        default:
            let field = error.field.map { $0.hasPrefix("project.") ? String($0.dropFirst("project.".count)) : $0 } ?? "body"
            return HubFieldError(field: field, message: error.message)
        }
    }

    /// A refusal of the accounting as a field of the body: `gwp`, a factor id already in the library (`factors`),
    /// `reservoir.<field>`, else `activities` with the line and column in the message.
    static func fieldError(_ error: CarbonAccountingError) -> HubFieldError {
        switch error.field {
        case "gwp": return HubFieldError(field: "gwp", message: error.message)
        case "id" where error.file == nil: return HubFieldError(field: "factors", message: error.message)
        case let field? where field.hasPrefix("reservoir."): return HubFieldError(field: field, message: error.message)
        default:
            let place = [error.line > 0 ? "line \(error.line)" : nil, error.field.map { "column '\($0)'" }].compactMap { $0 }.joined(separator: ", ")
            return HubFieldError(field: "activities", message: (place.isEmpty ? "" : place + ": ") + error.message)
        }
    }

    /// A result with a figure that is not a finite number (a size or generation so small that a functional unit
    /// overflows, quantities beyond any project), naming the fact or `activities`; `nil` when all are finite.
    static func outOfRange(_ result: CarbonResult) -> HubFieldError? {
        let facts = ["km": "length_km", "ha": "area_ha", "MW": "capacity_mw", "MWh": "annual_generation_mwh", "yr": "lifetime_years"]
        if let unit = result.functionalUnits.first(where: { !$0.value.isFinite }) {
            return HubFieldError(field: facts[unit.per] ?? "activities", message: "the result per \(unit.per) is not a finite number: \(unit.basis)")
        }
        let figures = [result.total, result.moduleD] + result.lines.map(\.tonnesCO2e) + result.gases.map(\.kilograms)
        guard figures.allSatisfy(\.isFinite), (try? JSONEncoder().encode(result)) != nil else {
            return HubFieldError(field: "activities", message: "the result is not a finite number: a quantity is beyond any project")
        }
        return nil
    }
}
