import LMHubCore

/// The value ranges each class of one standard item covers, for drawing behind a chart.
enum ClassBands {
    static func bands(for item: WaterQualityStandard.Item, in standard: WaterQualityStandard) -> [TimeSeriesChart.Band] {
        let worst = standard.worstRank, worstLabel = standard.label(ofRank: worst)
        switch item.kind {
        case .maximum:
            let limits = item.limits ?? []
            let edges = [-Double.infinity] + limits + [.infinity]
            return (0...limits.count).compactMap { index in
                edges[index] < edges[index + 1]
                    ? .init(lower: edges[index], upper: edges[index + 1], rank: index + 1, label: standard.label(ofRank: index + 1))
                    : nil
            }
        case .minimum:
            let limits = item.limits ?? []
            let edges = [Double.infinity] + limits + [-.infinity]
            return (0...limits.count).compactMap { index in
                edges[index + 1] < edges[index]
                    ? .init(lower: edges[index + 1], upper: edges[index], rank: index + 1, label: standard.label(ofRank: index + 1))
                    : nil
            }
        case .range:
            guard let range = item.range, range.count == 2 else { return [] }
            return [.init(lower: -.infinity, upper: range[0], rank: worst, label: worstLabel),
                    .init(lower: range[0], upper: range[1], rank: 1, label: standard.label(ofRank: 1)),
                    .init(lower: range[1], upper: .infinity, rank: worst, label: worstLabel)]
        case .narrative:
            return []
        }
    }
}
