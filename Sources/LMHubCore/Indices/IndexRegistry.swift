/// The one place where LMHub's indices are listed: each ``IndexDefinition`` once, by id. An area that adds an
/// index (FHI, SDG) registers its definition here; pages, API and CLI look an ``IndexResult``'s index up here.
public struct IndexRegistry: Sendable {
    public private(set) var definitions: [String: IndexDefinition] = [:]

    public init(_ definitions: [IndexDefinition] = []) throws {
        for definition in definitions { try register(definition) }
    }

    /// Adds `definition`.
    /// - Throws: ``IndexRegistryError`` when another index already has its id.
    public mutating func register(_ definition: IndexDefinition) throws {
        guard definitions[definition.id] == nil else { throw IndexRegistryError(id: definition.id) }
        definitions[definition.id] = definition
    }

    public subscript(id: String) -> IndexDefinition? { definitions[id] }

    /// Every definition, by id.
    public var all: [IndexDefinition] { definitions.keys.sorted().compactMap { definitions[$0] } }

    /// The bundled indices: CCME WQI 1.0, MRC WQI for aquatic life, the Freshwater Health Index, the SDG Index
    /// of the bundled SDR edition.
    /// - Throws: ``StandardFileError`` when a definition file is missing or malformed.
    public static func bundled() throws -> IndexRegistry {
        try IndexRegistry([CCMEWaterQualityIndex.bundled().definition, MRCWaterQualityIndex.bundled().definition,
                           FHIFramework.bundled().definition, SDREdition.bundled().definition])
    }
}

/// Two indices registered under one id.
public struct IndexRegistryError: Error, Sendable, CustomStringConvertible {
    public let id: String
    public var description: String { "the index id '\(id)' is registered twice" }
}

extension CCMEWaterQualityIndex {
    /// This index as a registry entry (scale 0–100, its categories as bands).
    public var definition: IndexDefinition {
        IndexDefinition(id: id, shortName: "CCME WQI", title: title, scale: 0...100, bands: categories, source: source, verified: verified)
    }
}

extension MRCWaterQualityIndex {
    /// This index as a registry entry (scale 0 to `scale`, 10 in the MRC reports).
    public var definition: IndexDefinition {
        IndexDefinition(id: id, shortName: "MRC WQI", title: title, scale: 0...scale, bands: bands, source: source, verified: verified)
    }
}
