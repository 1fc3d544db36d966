/// One segment of a river network cut by barriers, in the FHI Toolbox's segment table: the segment is named by
/// the barrier at its downstream end, and `downstream` names the next segment down (none for the outlet).
public struct RiverSegment: Sendable, Hashable, Codable {
    public let id: String
    /// The segment below this one's barrier; `nil` for the segment holding the outlet.
    public let downstream: String?
    /// Length of river in the segment (any one unit, ≥ 0).
    public let length: Double
    /// Passability (0–1, upstream × downstream) of the barrier at the segment's downstream end; `nil` for the
    /// outlet segment, which has none.
    public let passability: Double?

    public init(id: String, downstream: String?, length: Double, passability: Double?) {
        self.id = id
        self.downstream = downstream
        self.length = length
        self.passability = passability
    }
}

/// A checked river network: a tree of segments draining to one outlet segment.
public struct SegmentNetwork: Sendable, Hashable {
    public let segments: [RiverSegment]
    /// Index of the outlet segment in `segments`.
    public let outlet: Int
    /// For each segment, the index of its downstream segment (`nil` for the outlet).
    let parent: [Int?]

    /// - Throws: ``ConnectivityError`` naming the segment and field for two segments with one id, a length
    ///   that is negative or not a number, a barrier without a passability or with one outside 0–1, a
    ///   downstream id no segment has, no outlet or more than one (segments without a downstream segment),
    ///   a cycle, or a network of total length 0.
    public init(_ segments: [RiverSegment]) throws(ConnectivityError) {
        var index: [String: Int] = [:]
        for (position, segment) in segments.enumerated() {
            guard index[segment.id] == nil else {
                throw ConnectivityError(segment: segment.id, field: "d_id", message: "two segments have the id '\(segment.id)'")
            }
            index[segment.id] = position
            guard segment.length.isFinite, segment.length >= 0 else {
                throw ConnectivityError(segment: segment.id, field: "len_up", message: "a length is a number ≥ 0, found \(segment.length)")
            }
        }
        let outlets = segments.filter { $0.downstream == nil }
        guard outlets.count == 1, let outletSegment = outlets.first, let outlet = index[outletSegment.id] else {
            throw ConnectivityError(segment: outlets.dropFirst().first?.id ?? segments.first?.id ?? "", field: "d_id_dwn",
                                    message: outlets.isEmpty ? "no outlet: every segment names a downstream segment (the table has a cycle)"
                                        : "more than one outlet: segments \(outlets.map(\.id).joined(separator: ", ")) have no downstream segment")
        }
        var parent: [Int?] = []
        for segment in segments {
            guard let downstream = segment.downstream else { parent.append(nil); continue }
            guard let below = index[downstream] else {
                throw ConnectivityError(segment: segment.id, field: "d_id_dwn", message: "the downstream segment '\(downstream)' is not in the table")
            }
            guard let passability = segment.passability else {
                throw ConnectivityError(segment: segment.id, field: "passability", message: "the barrier below segment '\(segment.id)' has no passability (0–1)")
            }
            guard passability.isFinite, (0...1).contains(passability) else {
                throw ConnectivityError(segment: segment.id, field: "passability", message: "a passability is 0–1, found \(passability)")
            }
            parent.append(below)
        }
        // Every segment must reach the outlet; a walk that comes back to a segment is a cycle.
        var reaches = Array(repeating: false, count: segments.count)
        reaches[outlet] = true
        for start in segments.indices where !reaches[start] {
            var path: [Int] = [], onPath = Set<Int>(), current = start
            while !reaches[current] {
                guard onPath.insert(current).inserted else {
                    let cycle = path.drop { $0 != current }.map { segments[$0].id }
                    throw ConnectivityError(segment: segments[current].id, field: "d_id_dwn",
                                            message: "the segments \((cycle + [segments[current].id]).joined(separator: " → ")) form a cycle")
                }
                path.append(current)
                guard let next = parent[current] else { break }
                current = next
            }
            path.forEach { reaches[$0] = true }
        }
        guard segments.reduce(0, { $0 + $1.length }) > 0 else {
            throw ConnectivityError(segment: outletSegment.id, field: "len_up", message: "the network's total length is 0")
        }
        self.segments = segments
        self.outlet = outlet
        self.parent = parent
    }
}

/// A segment table that is no river network, naming the segment and the field (the Toolbox's column names
/// `d_id`, `d_id_dwn`, `len_up`, `passability`).
public struct ConnectivityError: Error, Sendable, Hashable, CustomStringConvertible {
    public let segment: String
    public let field: String
    public let message: String

    public init(segment: String, field: String, message: String) {
        self.segment = segment
        self.field = field
        self.message = message
    }

    public var description: String { "segment \(segment): \(field): \(message)" }
}
