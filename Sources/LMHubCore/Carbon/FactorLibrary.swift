import Foundation

/// The emission factors a project can name by id: the bundled ones (`Resources/carbon/`: IPCC 2006 fuel defaults,
/// fuels by volume, DEFRA and US EPA freight, grid electricity of the six Lancang-Mekong countries) and those of
/// the user's factor files. No material factors are bundled (ICE may not be redistributed): material factors come
/// from the project's own lines or from a factor file, each with its source.
public struct FactorLibrary: Sendable {
    public private(set) var factors: [String: EmissionFactor] = [:]

    /// The bundled factor files.
    public static let bundledFiles = ["ipcc2006-fuels", "fuel-by-volume", "freight", "grid-electricity"]

    /// - Throws: ``CarbonAccountingError`` when two factors share an id.
    public init(_ factors: [EmissionFactor] = []) throws(CarbonAccountingError) {
        try add(factors, file: nil)
    }

    /// The bundled factors.
    /// - Throws: ``StandardFileError`` for a missing or malformed file; ``CarbonAccountingError`` for an id given twice.
    public static func bundled() throws -> FactorLibrary {
        var library = try FactorLibrary()
        for name in bundledFiles {
            let file: FactorFileContents = try CarbonBundle.load(name)
            try library.add(file.factors, file: "carbon/\(name).json")
        }
        return library
    }

    /// Adds `factors` (from `file`, named in errors).
    /// - Throws: ``CarbonAccountingError`` when an id is already in the library: a user's factor never silently
    ///   replaces a bundled one.
    public mutating func add(_ factors: [EmissionFactor], file: String?) throws(CarbonAccountingError) {
        for factor in factors {
            guard self.factors[factor.id] == nil else {
                throw CarbonAccountingError(file: file, line: 0, field: "id", message: "the factor id '\(factor.id)' is already in the library; give yours another id")
            }
            self.factors[factor.id] = factor
        }
    }

    public subscript(id: String) -> EmissionFactor? { factors[id] ?? factors[id.lowercased()] }

    /// Every factor, by id.
    public var all: [EmissionFactor] { factors.keys.sorted().compactMap { factors[$0] } }

    /// Factors whose id or name contains every word of `text` (case-insensitive).
    public func search(_ text: String) -> [EmissionFactor] {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        return all.filter { factor in words.allSatisfy { factor.id.contains($0) || factor.name.lowercased().contains($0) } }
    }

    /// Up to five ids close to an unknown `id`: those it begins, else those holding its last part, else those
    /// sharing its first two parts (`defra2023.freight`).
    public func suggestions(for id: String) -> [String] {
        let wanted = id.lowercased()
        let parts = wanted.split(separator: ".")
        let ids = factors.keys.sorted()
        var found = ids.filter { $0.hasPrefix(wanted) }
        if found.isEmpty, let last = parts.last { found = ids.filter { $0.contains(last) } }
        if found.isEmpty, parts.count > 1 { found = ids.filter { $0.hasPrefix(parts.prefix(2).joined(separator: ".")) } }
        return Array(found.prefix(5))
    }
}

/// A factor file as bundled: `{"factors": [EmissionFactor…]}`.
struct FactorFileContents: Codable {
    let factors: [EmissionFactor]
}
