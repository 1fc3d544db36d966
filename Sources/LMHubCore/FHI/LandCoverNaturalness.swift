/// Land-cover naturalness (Ecosystem Vitality, drainage basin condition): the area-weighted mean naturalness
/// weight of a basin's land cover (FHI Toolbox 1.1 `LandCoverIndicator`; weights in ``LandCoverWeights``):
///
///     LCN = Σ_k A_k W_k / Σ_k A_k     over the classes k that have a weight
public enum LandCoverNaturalness {
    /// - Parameter areas: one row per class code.
    /// - Throws: ``FHIInputError`` naming the row (`classAreas[i]`) for a code the table does not list, a code
    ///   given twice, or an area that is negative or not a number.
    public static func compute(_ areas: [LandCoverArea], weights: LandCoverWeights) throws(FHIInputError) -> LandCoverResult {
        var seen: [Int: Int] = [:], rows: [LandCoverResult.Row] = []
        var weighted = 0.0, counted = 0.0, excluded = 0.0
        for (index, row) in areas.enumerated() {
            let field = "classAreas[\(index)]"
            guard row.area.isFinite, row.area >= 0 else {
                throw FHIInputError(field: field, message: "class \(row.code): an area is a number ≥ 0, found \(row.area)")
            }
            if let earlier = seen[row.code] {
                throw FHIInputError(field: field, message: "class \(row.code) is already given in row \(earlier + 1); give each class once")
            }
            seen[row.code] = index
            guard let known = weights.class(row.code) else {
                throw FHIInputError(field: field, message: "class \(row.code) is not in the table \(weights.id); "
                    + "give it a weight in classWeights or correct the code (it is never counted as 0)")
            }
            rows.append(LandCoverResult.Row(code: row.code, name: known.name, area: row.area, weight: known.weight))
            if let weight = known.weight {
                weighted += row.area * weight
                counted += row.area
            } else {
                excluded += row.area
            }
        }
        var notes: [String] = []
        let left = rows.filter { $0.weight == nil && $0.area > 0 }
        if !left.isEmpty {
            notes.append("left out (no weight): " + left.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
                + String(format: "; %.1f %% of the area", 100 * excluded / (excluded + counted)))
        }
        if counted == 0 { notes.append("not assessed: no area in a weighted class") }
        return LandCoverResult(value: counted > 0 ? weighted / counted : nil, weightedArea: counted, excludedArea: excluded,
                               rows: rows, table: weights.id, verified: weights.verified, notes: notes)
    }
}

/// A land-cover naturalness (or bank modification) score and the areas it rests on.
public struct LandCoverResult: Sendable, Hashable, Codable {
    /// 0–100, unrounded; `nil` when no area is in a weighted class.
    public let value: Double?
    /// Area in classes with a weight (the denominator).
    public let weightedArea: Double
    /// Area in classes left out (water, snow and ice, no data).
    public let excludedArea: Double
    public let rows: [Row]
    /// The id of the weights table used.
    public let table: String
    public let verified: Bool
    public let notes: [String]

    public struct Row: Sendable, Hashable, Codable {
        public let code: Int
        public let name: String
        public let area: Double
        /// `nil`: left out.
        public let weight: Double?
    }
}
