/// Groundwater storage depletion (Ecosystem Vitality, water quantity), affected-area form (FHI Toolbox 1.1
/// `GroundwaterStorageIndicator`):
///
///     GSD = 100 × (1 − A_affected / A_basin)
///
/// where A_affected is the area with significant groundwater depletion, in the same unit as the basin area.
/// No affected area scores 100: the Toolbox returns no value when the affected area is 0.
public struct GroundwaterDepletion: Sendable, Hashable, Codable {
    public let affectedArea: Double
    public let basinArea: Double

    public init(affectedArea: Double, basinArea: Double) {
        self.affectedArea = affectedArea
        self.basinArea = basinArea
    }

    /// 0–100, unrounded.
    /// - Throws: ``FHIInputError`` for a basin area that is not positive, an affected area below 0 or above the basin's.
    public func score() throws(FHIInputError) -> Double {
        guard basinArea.isFinite, basinArea > 0 else {
            throw FHIInputError(field: "basinArea", message: "the basin area is a positive number, found \(basinArea)")
        }
        guard affectedArea.isFinite, affectedArea >= 0 else {
            throw FHIInputError(field: "affectedArea", message: "the affected area is a number ≥ 0, found \(affectedArea)")
        }
        guard affectedArea <= basinArea else {
            throw FHIInputError(field: "affectedArea", message: "the affected area \(affectedArea) is larger than the basin's \(basinArea)")
        }
        return 100 * (1 - affectedArea / basinArea)
    }
}
