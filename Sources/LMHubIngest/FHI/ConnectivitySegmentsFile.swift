import LMHubCore

/// Reads a river network's segment table in the FHI Toolbox's layout, `d_id,d_id_dwn,…,len_up,passability`
/// (other columns, such as `r_dwn` and `level`, ignored): `d_id` names the segment (by the barrier at its
/// downstream end; the outlet segment is usually `0`), `d_id_dwn` the next segment down (empty for the
/// outlet), `len_up` its river length, `passability` its lower barrier's passability 0–1 (empty for the outlet).
public enum ConnectivitySegmentsFile {
    public static let layout = "d_id,d_id_dwn,len_up,passability"

    /// - Throws: ``IngestError`` naming file, line and field: a missing column, an empty `d_id`, a length or
    ///   passability that is not a number, lengths whose total overflows (not finite), and every ``ConnectivityError`` of the network (a downstream id
    ///   not in the table, a cycle, no or several outlets, a passability outside 0–1) at the segment's line.
    public static func read(path: String) throws(IngestError) -> SegmentNetwork {
        var csv = try CSVReader(path: path)
        let columns = try FHICSVColumns(&csv, file: path, required: ["d_id", "d_id_dwn", "len_up", "passability"], layout: layout)
        var segments: [RiverSegment] = [], lines: [String: Int] = [:], total = 0.0
        while let row = try csv.next() {
            let id = columns.cell("d_id", row)
            guard !id.isEmpty else { throw columns.error(row, "d_id", "empty: every segment has an id") }
            guard let length = try columns.number("len_up", row, what: "the segment's length") else {
                throw columns.error(row, "len_up", "empty: every segment has a length")
            }
            total += length
            guard total.isFinite else {
                throw columns.error(row, "len_up", "the total length overflows here (a sum of lengths above \(Double.greatestFiniteMagnitude) is not finite); give the lengths in a larger unit")
            }
            let downstream = columns.cell("d_id_dwn", row)
            segments.append(RiverSegment(id: id, downstream: downstream.isEmpty ? nil : downstream, length: length,
                                         passability: try columns.number("passability", row, what: "the barrier's passability")))
            if let earlier = lines[id] { throw columns.error(row, "d_id", "the segment '\(id)' is already on line \(earlier)") }
            lines[id] = row.line
        }
        guard !segments.isEmpty else { throw IngestError(file: path, line: 0, field: nil, message: "no segment: the table has a header only") }
        do throws(ConnectivityError) {
            return try SegmentNetwork(segments)
        } catch {
            throw IngestError(file: path, line: lines[error.segment] ?? 0, field: error.field, message: error.message)
        }
    }
}
