/// The Dendritic Connectivity Index of Cote et al. (2009) and the FHI's combined index (`Resources/fhi/
/// framework-connectivity.json`), over a ``SegmentNetwork`` of n segments with lengths l_i, L = Σ l_i:
///
///     DCI_D = Σ_i c_i0 · l_i / L                 (diadromous: from each segment to the outlet segment 0)
///     DCI_P = Σ_i Σ_j c_ij · l_i · l_j / L²       (potamodromous: between every pair, c_ii = 1)
///     cDCI  = 100 · (w_D · DCI_D + w_P · DCI_P) / (w_D + w_P)
///
/// c_ij is the product of the passabilities of every barrier between segments i and j. Two FHI Toolbox 1.1
/// bugs are not repeated: its `ConnectivityIndicator` divides only the potamodromous term by w_D + w_P
/// (harmless only when the weights sum to 1), and its `Segment.BuildPassabilityInternal` multiplies by the
/// starting segment's barrier at every step instead of each barrier crossed.
public struct DCI: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    public let weightDiadromous: Double
    public let weightPotamodromous: Double

    /// The bundled definition (weights 0.5 and 0.5).
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> DCI {
        try FHIResources.load("framework-connectivity")
    }

    /// The indices of `network`, with the weights given or, by default, the bundled ones.
    /// - Throws: ``ConnectivityError`` (segment `""`, field `weights`) when a weight is negative or not a
    ///   number, or both are 0.
    public func compute(_ network: SegmentNetwork, weightDiadromous: Double? = nil, weightPotamodromous: Double? = nil) throws(ConnectivityError) -> DCIResult {
        let wD = weightDiadromous ?? self.weightDiadromous, wP = weightPotamodromous ?? self.weightPotamodromous
        guard wD.isFinite, wP.isFinite, wD >= 0, wP >= 0, wD + wP > 0 else {
            throw ConnectivityError(segment: "", field: "weights", message: "the diadromous and potamodromous weights are numbers ≥ 0, not both 0; found \(wD) and \(wP)")
        }
        let segments = network.segments
        let total = segments.reduce(0) { $0 + $1.length }
        var neighbours = Array(repeating: [(segment: Int, passability: Double)](), count: segments.count)
        for (child, parent) in network.parent.enumerated() {
            guard let parent else { continue }
            // Crossing between a segment and the one below it passes the barrier at the segment's lower end.
            let passability = segments[child].passability ?? 1
            neighbours[child].append((parent, passability))
            neighbours[parent].append((child, passability))
        }
        var dciP = 0.0, dciD = 0.0
        for origin in segments.indices {
            let passage = Self.passage(from: origin, neighbours: neighbours)
            let share = segments[origin].length / total
            dciP += share * segments.indices.reduce(0) { $0 + passage[$1] * segments[$1].length / total }
            dciD += share * passage[network.outlet]
        }
        return DCIResult(dciD: dciD, dciP: dciP, cdci: 100 * (wD * dciD + wP * dciP) / (wD + wP),
                         weightDiadromous: wD, weightPotamodromous: wP, segments: segments.count, totalLength: total,
                         source: source, verified: verified)
    }

    /// c_origin,j for every j: the product of the passabilities of the barriers crossed on the way.
    private static func passage(from origin: Int, neighbours: [[(segment: Int, passability: Double)]]) -> [Double] {
        var passage = Array(repeating: -1.0, count: neighbours.count)
        passage[origin] = 1
        var stack = [origin]
        while let current = stack.popLast() {
            for (next, passability) in neighbours[current] where passage[next] < 0 {
                passage[next] = passage[current] * passability
                stack.append(next)
            }
        }
        return passage
    }
}

/// The connectivity of one network.
public struct DCIResult: Sendable, Hashable, Codable {
    /// Diadromous DCI, 0–1.
    public let dciD: Double
    /// Potamodromous DCI, 0–1.
    public let dciP: Double
    /// The combined index, 0–100: the Flow Connectivity sub-indicator.
    public let cdci: Double
    public let weightDiadromous: Double
    public let weightPotamodromous: Double
    public let segments: Int
    public let totalLength: Double
    public let source: String
    public let verified: Bool

    /// This value as an ``IndexResult`` of the FHI, DCI_D and DCI_P (×100) as its weighted components.
    public func indexResult(index: String = "fhi-2020", subject: String) -> IndexResult {
        let total = weightDiadromous + weightPotamodromous
        return IndexResult(index: index, subject: subject, value: cdci,
                           components: [IndexResult.Component(id: "dci-d", name: LocalizedText(en: "Diadromous DCI", zh: "洄游性树状连通性指数"), value: 100 * dciD, weight: weightDiadromous / total),
                                        IndexResult.Component(id: "dci-p", name: LocalizedText(en: "Potamodromous DCI", zh: "河内洄游性树状连通性指数"), value: 100 * dciP, weight: weightPotamodromous / total)],
                           verified: verified, source: source, notes: ["\(segments) segments, total length \(totalLength)"])
    }

    /// This value as the input score of the `flow-connectivity` node.
    public var score: FHIScore {
        FHIScore(value: cdci, basis: .computed,
                 evidence: "cDCI of \(segments) segments: DCI_D \(dciD), DCI_P \(dciP), weights \(weightDiadromous)/\(weightPotamodromous)")
    }
}
