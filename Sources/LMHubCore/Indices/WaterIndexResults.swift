extension CCMEWaterQualityIndex {
    /// `computed` in the shared shape: the WQI as value, its category as band, F1, F2 and F3 as components,
    /// variables used of variables present as coverage; no value and the reason as note when there is none.
    public func indexResult(_ computed: Result<CCMEResult, CCMEInsufficientData>, subject: String) -> IndexResult {
        switch computed {
        case let .success(result):
            var notes: [String] = []
            if !result.failedVariables.isEmpty {
                notes.append("\(result.failedTests) of \(result.tests) tests failed, in \(result.failedVariables.joined(separator: ", "))")
            }
            if !result.excludedVariables.isEmpty {
                notes.append("left out for too few tests: \(result.excludedVariables.joined(separator: ", "))")
            }
            return IndexResult(
                index: id, subject: subject, value: result.wqi, band: definition.band(of: result.wqi),
                components: [IndexResult.Component(id: "F1", value: result.f1), IndexResult.Component(id: "F2", value: result.f2),
                             IndexResult.Component(id: "F3", value: result.f3)],
                coverage: IndexResult.Coverage(used: result.variables, expected: result.variables + result.excludedVariables.count),
                verified: verified, source: source, notes: notes)
        case let .failure(reason):
            return IndexResult(index: id, subject: subject, value: nil,
                               coverage: IndexResult.Coverage(used: reason.variables, expected: reason.variables + reason.excludedVariables.count),
                               verified: verified, source: source, notes: [reason.reason])
        }
    }
}

extension MRCWaterQualityIndex {
    /// `computed` in the shared shape: the WQI (0–10) as value, its band, the points scored and possible as
    /// components; no value and a note when no sample had an index parameter.
    public func indexResult(_ computed: MRCResult?, subject: String) -> IndexResult {
        guard let result = computed else {
            return IndexResult(index: id, subject: subject, value: nil, verified: verified, source: source,
                               notes: ["no sample has an index parameter (\(parameters.joined(separator: ", ")))"])
        }
        let failed = result.failedTests.keys.sorted().map { "\($0) \(result.failedTests[$0] ?? 0)" }
        return IndexResult(
            index: id, subject: subject, value: result.wqi, band: definition.band(of: result.wqi),
            components: [IndexResult.Component(id: "points", value: Double(result.points)),
                         IndexResult.Component(id: "possible", value: Double(result.possible))],
            verified: result.verified, source: source,
            notes: ["\(result.points) of \(result.possible) tests met their target over \(result.samples) samples"]
                + (failed.isEmpty ? [] : ["missed targets: " + failed.joined(separator: ", ")]))
    }
}
