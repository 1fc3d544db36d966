/// Naturalness weights of land-cover classes (`Resources/fhi/land-cover-esa-cci.json`: the ESA CCI LCCS classes
/// as the FHI Toolbox 1.1 weights them), used by land-cover naturalness and bank modification.
///
/// A class has a weight (0–100) or is left out of both numerator and denominator, with the reason (water
/// bodies 210 and permanent snow and ice 220, as in the Toolbox; no data 0). A code the table does not list
/// is an error, not a weight of 0 (the FHI streamlit tool `lcn.py` counts it as 0 and keeps its area).
public struct LandCoverWeights: Sendable, Hashable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    public let formula: String
    /// The buffer around river reaches the Toolbox's bank modification uses, metres.
    public let bankModificationBufferMetres: Double
    public let classes: [LandCoverClass]

    /// The bundled ESA CCI table.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> LandCoverWeights {
        try FHIResources.load("land-cover-esa-cci")
    }

    public func `class`(_ code: Int) -> LandCoverClass? { classes.first { $0.code == code } }

    /// This table with the weights of `overrides` (code → 0–100) replacing or adding classes; a class given a
    /// weight is no longer left out (`{"210": 100}` counts water bodies as natural, as the fhiScripts legend does).
    /// - Throws: ``FHIInputError`` naming the code for a weight outside 0–100.
    public func overriding(_ overrides: [Int: Double]) throws(FHIInputError) -> LandCoverWeights {
        var byCode = Dictionary(classes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (code, weight) in overrides.sorted(by: { $0.key < $1.key }) {
            guard weight.isFinite, (0...100).contains(weight) else {
                throw FHIInputError(field: "classWeights.\(code)", message: "a naturalness weight is 0–100, found \(weight)")
            }
            byCode[code] = LandCoverClass(code: code, name: byCode[code]?.name ?? "class \(code)", naturalness: "weight given by the assessment",
                                          weight: weight, excluded: nil)
        }
        return LandCoverWeights(id: overrides.isEmpty ? id : id + "+assessment", title: title,
                                source: overrides.isEmpty ? source : source + " Weights of classes \(overrides.keys.sorted().map(String.init).joined(separator: ", ")) given by the assessment.",
                                verified: verified && overrides.isEmpty, formula: formula,
                                bankModificationBufferMetres: bankModificationBufferMetres, classes: byCode.values.sorted { $0.code < $1.code })
    }
}

/// One land-cover class: its weight, or why it is left out.
public struct LandCoverClass: Sendable, Hashable, Codable {
    public let code: Int
    public let name: String
    /// The naturalness class of the FHI table the code belongs to.
    public let naturalness: String?
    /// 0 (completely artificial) – 100 (natural); `nil` when the class is left out.
    public let weight: Double?
    /// Why the class is left out of numerator and denominator; `nil` when it has a weight.
    public let excluded: String?
}

/// The area of one land-cover class in a basin, a sub-basin or a river buffer (km², hectares or pixels:
/// any unit, the same for every class).
public struct LandCoverArea: Sendable, Hashable, Codable {
    public let code: Int
    public let area: Double

    public init(code: Int, area: Double) {
        self.code = code
        self.area = area
    }
}
