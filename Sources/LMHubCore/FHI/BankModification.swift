/// Bank modification (Ecosystem Vitality, drainage basin condition): the land-cover naturalness of a buffer
/// along the river reaches (FHI Toolbox 1.1 `BankModificationIndicator`: the same weights as land-cover
/// naturalness, default buffer 300 m). The class areas are those inside the buffer, cut out by the user's GIS;
/// the buffer width is recorded with the result.
public enum BankModification {
    /// - Parameter bufferMetres: the buffer width the areas were cut with; `nil` for the table's default (300 m).
    /// - Throws: as ``LandCoverNaturalness/compute(_:weights:)``, and for a buffer that is not a positive number.
    public static func compute(_ areas: [LandCoverArea], weights: LandCoverWeights, bufferMetres: Double? = nil) throws(FHIInputError) -> BankModificationResult {
        let buffer = bufferMetres ?? weights.bankModificationBufferMetres
        guard buffer.isFinite, buffer > 0 else {
            throw FHIInputError(field: "bufferMetres", message: "a buffer width is a positive number of metres, found \(buffer)")
        }
        return BankModificationResult(bufferMetres: buffer, landCover: try LandCoverNaturalness.compute(areas, weights: weights))
    }
}

/// Bank modification: the naturalness of the land cover within `bufferMetres` of the rivers.
public struct BankModificationResult: Sendable, Hashable, Codable {
    public let bufferMetres: Double
    public let landCover: LandCoverResult

    /// 0–100; `nil` when no buffer area is in a weighted class.
    public var value: Double? { landCover.value }
}
