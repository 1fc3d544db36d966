/// The column codes of the FHI streamlit tool's stakeholder weighting survey (`Resources/fhi/stakeholder-weight-survey.json`):
/// `ES1` … `GS43` by framework node id, and the metadata columns it skips.
public struct StakeholderWeightCodes: Sendable, Hashable, Codable {
    public let id: String
    public let source: String
    public let verified: Bool
    public let metadataColumns: [String]
    /// Node id by code.
    public let codes: [String: String]

    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> StakeholderWeightCodes {
        try FHIResources.load("stakeholder-weight-survey")
    }
}
