import LMHubCore

/// The value ranges each class of one standard item covers, for drawing behind a chart.
enum ClassBands {
    static func bands(for item: WaterQualityStandard.Item, in standard: WaterQualityStandard) -> [TimeSeriesChart.Band] {
        let unlimited = (1...max(1, standard.classes.count)).first { standard.isUnlimited(item, rank: $0) }
        let worst = unlimited ?? standard.worstRank, worstLabel = standard.label(ofRank: worst)
        let numbered = (item.limits ?? []).enumerated().compactMap { index, limit in limit.map { (rank: index + 1, limit: $0) } }
        switch item.kind {
        case .maximum:
            let edges = [-Double.infinity] + numbered.map(\.limit) + [.infinity]
            let ranks = numbered.map(\.rank) + [worst]
            return ranks.indices.compactMap { index in
                edges[index] < edges[index + 1]
                    ? .init(lower: edges[index], upper: edges[index + 1], rank: ranks[index], label: standard.label(ofRank: ranks[index]))
                    : nil
            }
        case .minimum:
            let edges = [Double.infinity] + numbered.map(\.limit) + [-.infinity]
            let ranks = numbered.map(\.rank) + [worst]
            return ranks.indices.compactMap { index in
                edges[index + 1] < edges[index]
                    ? .init(lower: edges[index + 1], upper: edges[index], rank: ranks[index], label: standard.label(ofRank: ranks[index]))
                    : nil
            }
        case .range:
            guard let best = (item.ranges ?? []).enumerated().first(where: { $0.element?.count == 2 }),
                  let range = best.element
            else { return [] }
            return [.init(lower: -.infinity, upper: range[0], rank: worst, label: worstLabel),
                    .init(lower: range[0], upper: range[1], rank: best.offset + 1, label: standard.label(ofRank: best.offset + 1)),
                    .init(lower: range[1], upper: .infinity, rank: worst, label: worstLabel)]
        case .narrative:
            return []
        }
    }
}
