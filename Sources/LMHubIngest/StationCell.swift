import LMHubCore

/// Reads a station cell: the id normalised (``StationID``), and refused when `--timezone` contradicts the
/// zone the store keeps for it.
enum StationCell {
    static func read(_ text: String, zones: StationTimeZones) throws(CellError) -> String {
        let id: String
        do { id = try StationID.normalise(text) } catch { throw CellError(error.description + (text.isEmpty ? "" : " (cell '\(text)')")) }
        if let message = zones.contradiction(for: id) { throw CellError(message) }
        return id
    }
}
