import LMHubCore

/// Reads a stakeholder weighting survey: one row per respondent, one column per weighted node with the
/// respondent's importance score (a number ≥ 0; blank for no answer). Columns are named by framework node id
/// (`provisioning`, `water-resource-management`) or by the FHI streamlit tool's codes (`ES1`, `GS11`, see
/// ``StakeholderWeightCodes``); its metadata columns (`PID`, `Code`, `Country`, `Sector`) are skipped.
public enum StakeholderWeightsFile {
    /// Per respondent, importance scores by node id.
    /// - Throws: ``IngestError`` naming file, line and field: a column that is neither a node, a code nor a
    ///   metadata column, two columns for one node, a score that is not a number ≥ 0, a row of another width.
    public static func read(path: String, framework: FHIFramework, codes: StakeholderWeightCodes) throws(IngestError) -> [[String: Double]] {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map(\.trimmed)
        var nodes: [Int: String] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty && !codes.metadataColumns.contains(name) {
            guard let node = framework.node(name)?.id ?? codes.codes[name] else {
                throw IngestError(file: path, line: 1, field: name, message: "neither a node id of the FHI framework nor a weighting-survey code (ES1 … GS43)")
            }
            if nodes.values.contains(node) {
                throw IngestError(file: path, line: 1, field: name, message: "a second column for '\(node)'")
            }
            nodes[index] = node
        }
        var responses: [[String: Double]] = []
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            var response: [String: Double] = [:]
            for (index, node) in nodes {
                let cell = row.fields[index].trimmed
                if cell.isEmpty { continue }
                guard let value = ValueCell.number(cell), value >= 0 else {
                    throw IngestError(file: path, line: row.line, field: header[index], message: "expected an importance score ≥ 0 or a blank, found '\(cell)'")
                }
                response[node] = value
            }
            responses.append(response)
        }
        return responses
    }
}
