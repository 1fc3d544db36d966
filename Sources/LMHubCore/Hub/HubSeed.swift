import Foundation

/// The knowledge items a new hub starts with: the initiative's record (`Resources/hub/initiative.json`, origin
/// in `SOURCES.md` beside it) and one `standard` item for every water standard and AQI scheme LMHub carries,
/// linked to the standard it describes.
public enum HubSeed {
    /// - Throws: ``StandardFileError`` naming a missing or malformed file.
    public static func bundled(standards: StandardCatalog, schemes: AQISchemeCatalog) throws -> [HubItem] {
        struct Record: Decodable { let items: [HubItem] }
        guard let url = Bundle.module.url(forResource: "initiative", withExtension: "json", subdirectory: "hub") else {
            throw StandardFileError(file: "hub/initiative.json", underlying: "missing from the bundle")
        }
        let record: Record
        do { record = try JSONDecoder().decode(Record.self, from: Data(contentsOf: url)) } catch {
            throw StandardFileError(file: "hub/initiative.json", underlying: String(describing: error))
        }
        return record.items + standardItems(standards, schemes)
    }

    /// One item per water standard and AQI scheme: `standard-<id>`, its title, issuing body and version, the
    /// date in force, its country, and a `standard` link to the standard's id.
    static func standardItems(_ standards: StandardCatalog, _ schemes: AQISchemeCatalog) -> [HubItem] {
        let water = standards.standards.values.sorted { $0.id < $1.id }.map { standard in
            item(id: standard.id, title: standard.title, body: standard.issuingBody, version: standard.version,
                 date: standard.inForce, country: standard.country, theme: "water")
        }
        let air = schemes.schemes.values.sorted { $0.id < $1.id }.map { scheme in
            item(id: scheme.id, title: scheme.title, body: scheme.issuingBody, version: scheme.id, date: scheme.inForce,
                 country: scheme.country, theme: "air")
        }
        return water + air
    }

    private static func item(id: String, title: LocalizedText, body: LocalizedText, version: String, date: String, country: String, theme: String) -> HubItem {
        var summary: [String: String] = [:]
        for language in Set(title.values.keys).union(body.values.keys) {
            summary[language] = "\(body.text(language)) · \(version)"
        }
        return HubItem(id: "standard-" + id, kind: .standard, title: title, summary: LocalizedText(summary),
                       date: PartialDate(date), countries: country.count == 2 ? [country] : [],
                       themes: [theme, "standards"], links: [HubItem.Link(relation: .standard, target: id)])
    }
}
