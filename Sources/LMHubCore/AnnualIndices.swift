import Foundation

/// A station's yearly indices for one calendar year: one ``IndexResult`` per index of ``IndexCalculator``
/// (the CCME WQI, then the MRC aquatic-life WQI), each with a `nil` value and a note where there is none.
public struct AnnualIndices: Sendable, Encodable {
    public let year: String
    public let samples: Int
    /// In the order of ``IndexCalculator/definitions``.
    public let indices: [IndexResult]

    public init(year: String, samples: Int, indices: [IndexResult]) {
        self.year = year
        self.samples = samples
        self.indices = indices
    }

    /// The result of the index with ``IndexDefinition/id`` `id`.
    public func result(of id: String) -> IndexResult? {
        indices.first { $0.index == id }
    }
}

/// Computes a station's indices per calendar year of its samples.
///
/// The CCME objectives for a station are the targets the MRC index uses (the `mrc-tgwq` items of the MRC
/// index's parameters: pH 6–9, EC ≤ 150 mS/m, un-ionised NH3 ≤ 0.1 mg/L, DO ≥ 5 mg/L, NO3-N ≤ 5 mg/L,
/// TP ≤ 0.13 mg/L, all unverified), so both indices judge the same objectives and differ only in formula.
/// A censored value enters the CCME index at its reported bound.
public struct IndexCalculator: Sendable {
    public let ccme: CCMEWaterQualityIndex
    public let mrc: MRCWaterQualityIndex
    public let targets: WaterQualityStandard
    public let ammonia: UnionisedAmmonia

    public init(ccme: CCMEWaterQualityIndex, mrc: MRCWaterQualityIndex, targets: WaterQualityStandard, ammonia: UnionisedAmmonia) {
        self.ccme = ccme
        self.mrc = mrc
        self.targets = targets
        self.ammonia = ammonia
    }

    /// The bundled index definitions, with the targets taken from `catalog`.
    /// - Throws: ``StandardFileError`` when a data file is missing or the MRC index names a standard not in `catalog`.
    public static func bundled(catalog: StandardCatalog) throws -> IndexCalculator {
        let mrc = try MRCWaterQualityIndex.bundled()
        guard let targets = catalog.standards[mrc.standard] else {
            throw StandardFileError(file: "indices/\(mrc.id).json", underlying: "names standard '\(mrc.standard)', which is not bundled")
        }
        return IndexCalculator(ccme: try .bundled(), mrc: mrc, targets: targets, ammonia: try .bundled())
    }

    /// The indices this calculator computes, in the order of ``AnnualIndices/indices``.
    public var definitions: [IndexDefinition] { [ccme.definition, mrc.definition] }

    /// Indices per calendar year (in `timeZone`), oldest first.
    public func annual(_ samples: [WaterSample], timeZone: String) -> [AnnualIndices] {
        let byYear = Dictionary(grouping: samples) { String(LocalDate.string($0.time, timeZone: timeZone).prefix(4)) }
        return byYear.keys.sorted().map { year in
            let values = (byYear[year] ?? []).map { ammonia.adding(to: $0.values) }
            let subject = "year \(year)"
            return AnnualIndices(year: year, samples: values.count, indices: [
                ccme.indexResult(ccme.compute(values.flatMap(tests)), subject: subject),
                mrc.indexResult(mrc.compute(values, targets: targets, ammonia: ammonia), subject: subject),
            ])
        }
    }

    /// One sample's CCME tests: each index parameter with its target as the objective, in the target's unit.
    func tests(_ values: [String: MeasuredValue]) -> [CCMETest] {
        mrc.parameters.compactMap { code in
            guard let item = targets.item(for: code, in: .river), let value = try? values[code]?.converted(to: item.unit) else { return nil }
            switch item.kind {
            case .maximum: return CCMETest(variable: code, value: value.value, upper: item.limits?.first ?? nil)
            case .minimum: return CCMETest(variable: code, value: value.value, lower: item.limits?.first ?? nil)
            case .range:
                let range = item.ranges?.first ?? nil
                return CCMETest(variable: code, value: value.value, lower: range?.first, upper: range?.last)
            case .narrative: return nil
            }
        }
    }
}
