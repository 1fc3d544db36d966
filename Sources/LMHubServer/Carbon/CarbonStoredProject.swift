import Foundation
import LMHubCore
import LMHubIngest

/// A carbon project as the store keeps it (document kind `carbon-project`): the project with its activity lines
/// (and its reservoir's inputs), the factors of its own factor files, and, for one of several designs of a project,
/// the scenario group it is compared in. Stored whole as JSON, so it is accounted without any file.
struct CarbonStoredProject: Codable, Sendable, Hashable {
    let project: CarbonProject
    /// Factors the project brings (its factor files), added to the bundled library when it is accounted.
    let factors: [EmissionFactor]
    let scenario: Scenario?

    /// One design among others of the same project, compared side by side under one GWP set.
    struct Scenario: Codable, Sendable, Hashable {
        /// The id the designs of one project share.
        let group: String
        /// The project the designs are of.
        let title: LocalizedText
        /// This design.
        let label: LocalizedText
    }

    /// The project read with LMHubIngest's ``CarbonProjectFile`` from `path`, its files named by their last path
    /// component (errors later name `road-asphalt.csv:7`, not a folder of this machine).
    /// - Throws: ``IngestError`` naming the file and field.
    static func read(path: String, scenario: Scenario?) throws -> CarbonStoredProject {
        let contents = try CarbonProjectFile.read(path: path)
        let p = contents.project
        let project = CarbonProject(
            name: p.name, kind: p.kind, country: p.country, lengthKm: p.lengthKm, areaHa: p.areaHa, capacityMW: p.capacityMW,
            lifetimeYears: p.lifetimeYears, annualGenerationMWh: p.annualGenerationMWh, gwpSet: p.gwpSet,
            file: p.file.map { URL(fileURLWithPath: $0).lastPathComponent }, lines: p.lines, reservoir: p.reservoir)
        return CarbonStoredProject(project: project, factors: contents.factorFiles.flatMap(\.factors), scenario: scenario)
    }

    /// The JSON stored (sorted keys, so the same project always stores the same text).
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// The projects a new hub starts with: the bundled examples (`Resources/seed/carbon/`, listed in `projects.json`,
/// copies of `examples/carbon/`).
enum CarbonSeed {
    struct Manifest: Decodable {
        struct Entry: Decodable {
            let id: String
            let file: String
            let scenario: CarbonStoredProject.Scenario?
        }
        let projects: [Entry]
    }

    /// The bundled projects by id, in the manifest's order.
    /// - Throws: when a bundled file is missing or does not read.
    static func bundled() throws -> [(id: String, project: CarbonStoredProject)] {
        guard let url = Bundle.module.url(forResource: "projects", withExtension: "json", subdirectory: "seed/carbon") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "seed/carbon/projects.json"])
        }
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
        let folder = url.deletingLastPathComponent()
        return try manifest.projects.map { entry in
            (entry.id, try CarbonStoredProject.read(path: folder.appendingPathComponent(entry.file).path, scenario: entry.scenario))
        }
    }
}
