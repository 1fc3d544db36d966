import Testing
@testable import LMHubCore

/// Every bundled standard file is well formed, and every limit of every standard is honoured at, just inside
/// and just outside itself.
struct StandardDataTests {
    static let catalog = try! StandardCatalog.bundled()
    static let all = catalog.standards.values.sorted { $0.id < $1.id }

    @Test func theIssuesStandardsAreAllBundled() {
        #expect(Set(Self.catalog.standards.keys) == [
            "cn-gb3838-2002", "th-pcd-1994", "vn-qcvn08-2023", "vn-qcvn08-2015", "kh-sd27-1999", "la-nes", "mm-none", "mrc-tgwq",
        ])
        #expect(Self.catalog.series == ["cn-gb3838", "mm-none", "la-nes", "th-pcd", "kh-sd27", "vn-qcvn08", "mrc-tgwq"])
    }

    @Test(arguments: all)
    func fileIsWellFormed(standard: WaterQualityStandard) {
        #expect(!standard.source.isEmpty)
        #expect(!standard.title.text("zh").isEmpty && standard.title.values["en"] != nil)
        switch standard.status {
        case .loaded:
            #expect(!standard.items.isEmpty && standard.statusNote == nil)
        case .limitsNotLoaded, .noStandard:
            #expect(standard.items.isEmpty, "a standard without limits carries no numbers")
            #expect(standard.statusNote?.values["en"] != nil && standard.statusNote?.values["zh"] != nil)
        }
        if let names = standard.classNames { #expect(names.count == standard.classes.count) }
        for item in standard.items {
            let context = "\(standard.id) item \(item.item) \(item.parameter)"
            #expect(!item.source.isEmpty, "\(context): no source")
            let parameter = ParameterRegistry.water.parameter(named: item.parameter)
            #expect(parameter?.code == item.parameter, "\(context): not a registry code")
            #expect(parameter?.canonicalUnit.dimension == item.unit.dimension, "\(context): unit of another dimension")
            #expect(Set(item.noLimitFor ?? []).isSubset(of: standard.classes), "\(context): noLimitFor names no class")
            for label in item.inferredFor ?? [] {
                let limit = standard.classes.firstIndex(of: label).flatMap { item.limits?[$0] ?? nil }
                #expect(limit != nil, "\(context): inferredFor \(label) names no loaded limit")
                #expect(!item.verified, "\(context): an inferred limit is never verified")
            }
            switch item.kind {
            case .maximum, .minimum:
                let limits = item.limits ?? []
                #expect(limits.count == standard.classes.count && item.ranges == nil, "\(context): one limit per class")
                let numbers = limits.compactMap { $0 }
                #expect(!numbers.isEmpty, "\(context): no number at all")
                #expect(item.kind == .maximum ? numbers == numbers.sorted() : numbers == numbers.sorted(by: >),
                        "\(context): limits must loosen from the best class to the worst")
            case .range:
                let ranges = item.ranges ?? []
                #expect(ranges.count == standard.classes.count && item.limits == nil, "\(context): one range per class")
                #expect(ranges.compactMap { $0 }.allSatisfy { $0.count == 2 && $0[0] < $0[1] }, "\(context): [low, high]")
            case .narrative:
                #expect(item.limits == nil && item.ranges == nil && item.note != nil, "\(context): a narrative item explains itself")
            }
        }
    }

    /// At each limit the value earns that limit's class (or a better one where classes share it); just past it
    /// on the failing side it earns a worse class; just inside it keeps the class. "Just" is one part in 10⁶.
    @Test(arguments: all)
    func everyLimitHoldsAtBelowAndAbove(standard: WaterQualityStandard) {
        for waterBody in WaterQualityStandard.WaterBody.allCases {
            let assessor = ClassAssessor(standard: standard, waterBody: waterBody)
            for item in standard.items where item.waterBody == nil || item.waterBody == waterBody {
                guard standard.item(for: item.parameter, in: waterBody) == item else { continue }
                func rank(_ value: Double) -> Int? {
                    assessor.classify(MeasuredValue(value: value, unit: item.unit), parameter: item.parameter)?.rank
                }
                let context = "\(standard.id) \(waterBody) \(item.parameter)"
                for (index, limit) in (item.limits ?? []).enumerated() {
                    guard let limit else { continue }
                    let classRank = index + 1, step = max(abs(limit) * 1e-6, 1e-12)
                    let (inside, outside) = item.kind == .maximum ? (limit - step, limit + step) : (limit + step, limit - step)
                    #expect(rank(limit).map { $0 <= classRank } == true, "\(context): \(limit) should earn \(classRank) or better")
                    #expect(rank(inside).map { $0 <= classRank } == true, "\(context): inside \(limit)")
                    #expect(rank(outside).map { $0 > classRank } == true, "\(context): past \(limit) should be worse than \(classRank)")
                }
                for (index, range) in (item.ranges ?? []).enumerated() {
                    guard let range else { continue }
                    let classRank = index + 1
                    for bound in range {
                        #expect(rank(bound).map { $0 <= classRank } == true, "\(context): \(bound) is inside \(range)")
                    }
                    #expect(rank(range[0] - 1e-6).map { $0 > classRank } == true, "\(context): below \(range)")
                    #expect(rank(range[1] + 1e-6).map { $0 > classRank } == true, "\(context): above \(range)")
                }
            }
        }
    }
}
