/// The conversion of an AAPFD to the 0–100 DvNF score (`Resources/fhi/framework-dvnf.json`):
///
/// | AAPFD        | DvNF        |
/// |--------------|-------------|
/// | 0 ≤ a < 0.3  | 100 − 100a  |
/// | 0.3 ≤ a < 0.5| 85 − 50a    |
/// | 0.5 ≤ a < 2  | 80 − 20a    |
/// | 2 ≤ a < 5    | 50 − 10a    |
/// | a ≥ 5        | 0           |
///
/// The score steps up at 0.5 (60 just below, 70 at 0.5) and down at 2 (40 → 30): every CI implementation
/// has these steps (FHI tool page, Toolbox, streamlit, R package), and LMHub keeps them so its scores match.
public struct DvNFScoring: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    /// Years of monthly flows the tool asks for at least; fewer is noted, not refused.
    public let minimumYears: Int
    public let pieces: [Piece]

    /// `intercept + slope × AAPFD` for `from` ≤ AAPFD < `to` (no `to`: upwards).
    public struct Piece: Sendable, Codable, Hashable {
        public let from: Double
        public let to: Double?
        public let intercept: Double
        public let slope: Double
    }

    /// The bundled conversion.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> DvNFScoring {
        try FHIResources.load("framework-dvnf")
    }

    /// The DvNF score (0–100) of an AAPFD ≥ 0; `nil` for a negative or non-finite AAPFD.
    public func score(aapfd: Double) -> Double? {
        guard aapfd.isFinite, aapfd >= 0,
              let piece = pieces.first(where: { aapfd >= $0.from && aapfd < ($0.to ?? .infinity) }) else { return nil }
        return min(100, max(0, piece.intercept + piece.slope * aapfd))
    }
}
