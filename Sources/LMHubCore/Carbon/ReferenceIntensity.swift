/// A published emission intensity to set a result beside (never to replace one): the median of the Mekong
/// hydropower reservoirs (Räsänen et al. 2018), the global mean biogenic footprint of hydropower (Scherer and
/// Pfister 2016). Data in `Resources/carbon/reference-intensities.json`.
public struct ReferenceIntensity: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let title: String
    public let value: Double
    /// The published range, where there is one.
    public let low: Double?
    public let high: Double?
    public let unit: String
    /// What the figure counts: it may differ from the result it is set beside, and the reader is told.
    public let boundary: String
    public let source: String
    public let verified: Bool

    /// The bundled reference intensities.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> [ReferenceIntensity] {
        let file: File = try CarbonBundle.load("reference-intensities")
        return file.values
    }

    struct File: Codable {
        let values: [ReferenceIntensity]
    }
}
